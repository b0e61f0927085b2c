import { getOrderDetails } from '@facet/core/orders/get-order-details';
import { listMyOrders, ZListMyOrdersInput } from '@facet/core/orders/list-my-orders';
import { ZOrderDetails } from '@facet/core/orders/order-details';
import { ZOrderCursor, ZOrderSummary } from '@facet/core/orders/order-dto';
import { z } from 'zod';
import { customerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** A shopper's own orders: the list and the order page (another shopper's order is not found). */
export const shopOrdersRouter = createTRPCRouter({
  listMine: customerProcedure
    .input(ZListMyOrdersInput)
    .output(z.object({ items: z.array(ZOrderSummary), nextCursor: ZOrderCursor.nullable() }))
    .query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),

  get: customerProcedure
    .input(z.object({ orderId: z.string() }))
    .output(ZOrderDetails)
    .query(({ ctx, input }) => getOrderDetails(ctx.db, ctx.actor, input.orderId)),
});
