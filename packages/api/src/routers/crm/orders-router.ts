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
import { approveOrders, ZApproveOrdersInput, ZApproveOrdersResult } from '@facet/core/orders/approve-orders';
import { getOrderDetails } from '@facet/core/orders/get-order-details';
import { getOrderFlightRecord, ZFlightRecord } from '@facet/core/orders/get-order-flight-record';
import { ZOrderDetails } from '@facet/core/orders/order-details';
import { z } from 'zod';
import { readerOf } from '../../context';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** The sellers' side of orders: the lists, the order page, its flight record and the decisions. */
export const crmOrdersRouter = createTRPCRouter({
  list: sellerProcedure
    .input(ZListSellerOrdersInput)
    .output(ZSellerOrderPage)
    .query(({ ctx, input }) => listSellerOrders(readerOf(ctx), ctx.actor, input)),

  get: sellerProcedure
    .input(z.object({ orderId: z.string() }))
    .output(ZOrderDetails)
    .query(({ ctx, input }) => getOrderDetails(ctx.db, ctx.actor, input.orderId)),

  getFlightRecord: sellerProcedure
    .input(z.object({ reference: z.string().max(100) }))
    .output(ZFlightRecord)
    .query(({ ctx, input }) => getOrderFlightRecord(ctx.db, ctx.actor, input.reference)),

  listLate: sellerProcedure
    .input(ZListLateOrdersInput)
    .output(ZLateOrderPage)
    .query(({ ctx, input }) => listLateOrders(readerOf(ctx), ctx.actor, input)),

  createForClient: sellerProcedure
    .input(ZCreateClientOrderInput)
    .output(z.object({ orderId: z.string().uuid(), number: z.number().int() }))
    .mutation(({ ctx, input }) => createClientOrder(ctx.db, ctx.actor, input)),

  approve: sellerProcedure
    .input(ZApproveOrdersInput)
    .output(ZApproveOrdersResult)
    .mutation(({ ctx, input }) => approveOrders(ctx.db, ctx.actor, input)),

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
