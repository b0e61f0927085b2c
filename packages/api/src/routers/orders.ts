import { approveOrders, ZApproveOrdersInput } from '@facet/core/orders/approve-orders';
import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import { getOrderDetails } from '@facet/core/orders/get-order-details';
import { getOrderFlightRecord, ZFlightRecord } from '@facet/core/orders/get-order-flight-record';
import { listMyOrders, ZListMyOrdersInput } from '@facet/core/orders/list-my-orders';
import { ZOrderDetails } from '@facet/core/orders/order-details';
import { ZOrderCursor, ZOrderSummary } from '@facet/core/orders/order-dto';
import { ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { customerProcedure, protectedProcedure, requireRole, sellerProcedure } from '../procedures';
import { createTRPCRouter } from '../trpc';

export const ordersRouter = createTRPCRouter({
  approve: sellerProcedure
    .input(ZApproveOrdersInput)
    .output(
      z.object({
        approved: z.array(z.string()),
        refused: z.array(z.object({ orderId: z.string(), reason: z.string() })),
      }),
    )
    .mutation(({ ctx, input }) => approveOrders(ctx.db, ctx.actor, input)),

  byId: protectedProcedure
    .input(z.object({ orderId: z.string() }))
    .output(ZOrderDetails)
    .query(({ ctx, input }) => getOrderDetails(ctx.db, ctx.actor, input.orderId)),

  flightRecord: sellerProcedure
    .input(z.object({ reference: z.string().max(100) }))
    .output(ZFlightRecord)
    .query(({ ctx, input }) => getOrderFlightRecord(ctx.db, ctx.actor, input.reference)),

  listMine: customerProcedure
    .input(ZListMyOrdersInput)
    .output(z.object({ items: z.array(ZOrderSummary), nextCursor: ZOrderCursor.nullable() }))
    .query(({ ctx, input }) => listMyOrders(ctx.db, ctx.actor, input)),

  countsByStatus: protectedProcedure
    .use(requireRole('seller', 'operator', 'admin'))
    .output(z.record(z.enum(ORDER_STATUSES), z.number().int()))
    .query(({ ctx }) => countOrdersByStatus(ctx.db)),
});
