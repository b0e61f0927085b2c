import { cancelOrder } from '@facet/core/crm/cancel-order';
import { closeOrder } from '@facet/core/crm/close-order';
import { createClientOrder, ZCreateClientOrderInput } from '@facet/core/crm/create-client-order';
import { holdOrder } from '@facet/core/crm/hold-order';
import { listLateOrders, ZLateOrderPage, ZListLateOrdersInput } from '@facet/core/crm/list-late-orders';
import {
  listSellerOrders,
  ZListSellerOrdersInput,
  ZSellerOrderPage,
} from '@facet/core/crm/list-seller-orders';
import { ZOrderDecision, ZOrderReasonInput, ZOrderRef } from '@facet/core/crm/order-decision-input';
import { rejectOrder } from '@facet/core/crm/reject-order';
import { resumeOrder } from '@facet/core/crm/resume-order';
import { z } from 'zod';
import { readerOf } from '../../context';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** The sellers' side of orders. Approving lives in `orders.approve`, the order page in `orders.byId`. */
export const crmOrdersRouter = createTRPCRouter({
  list: sellerProcedure
    .input(ZListSellerOrdersInput)
    .output(ZSellerOrderPage)
    .query(({ ctx, input }) => listSellerOrders(readerOf(ctx), ctx.actor, input)),

  late: sellerProcedure
    .input(ZListLateOrdersInput)
    .output(ZLateOrderPage)
    .query(({ ctx, input }) => listLateOrders(readerOf(ctx), ctx.actor, input)),

  createForClient: sellerProcedure
    .input(ZCreateClientOrderInput)
    .output(z.object({ orderId: z.string().uuid(), number: z.number().int() }))
    .mutation(({ ctx, input }) => createClientOrder(ctx.db, ctx.actor, input)),

  hold: sellerProcedure
    .input(ZOrderReasonInput)
    .output(ZOrderDecision)
    .mutation(({ ctx, input }) => holdOrder(ctx.db, ctx.actor, input)),

  resume: sellerProcedure
    .input(ZOrderRef)
    .output(ZOrderDecision)
    .mutation(({ ctx, input }) => resumeOrder(ctx.db, ctx.actor, input.orderId)),

  cancel: sellerProcedure
    .input(ZOrderReasonInput)
    .output(ZOrderDecision)
    .mutation(({ ctx, input }) => cancelOrder(ctx.db, ctx.actor, input)),

  reject: sellerProcedure
    .input(ZOrderReasonInput)
    .output(ZOrderDecision)
    .mutation(({ ctx, input }) => rejectOrder(ctx.db, ctx.actor, input)),

  close: sellerProcedure
    .input(ZOrderRef)
    .output(ZOrderDecision)
    .mutation(({ ctx, input }) => closeOrder(ctx.db, ctx.actor, input.orderId)),
});
