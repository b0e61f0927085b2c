import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import { listMyOrders, ZListMyOrdersInput } from '@facet/core/orders/list-my-orders';
import { ZOrderCursor, ZOrderSummary } from '@facet/core/orders/order-dto';
import { ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { customerProcedure, protectedProcedure, requireRole } from '../procedures';
import { createTRPCRouter } from '../trpc';

export const ordersRouter = createTRPCRouter({
  listMine: customerProcedure
    .input(ZListMyOrdersInput)
    .output(z.object({ items: z.array(ZOrderSummary), nextCursor: ZOrderCursor.nullable() }))
    .query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),

  countsByStatus: protectedProcedure
    .use(requireRole('seller', 'operator', 'admin'))
    .output(z.record(z.enum(ORDER_STATUSES), z.number().int()))
    .query(({ ctx }) => countOrdersByStatus(ctx.db)),
});
