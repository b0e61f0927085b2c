import { ZCancelPartnerOrderInput } from '@facet/core/partners/cancel-partner-order';
import { ZOrderStatus, ZPartnerOrder, ZPartnerOrderSummary } from '@facet/core/partners/partner-order-dto';
import { ZPlacePartnerOrderInput } from '@facet/core/partners/place-partner-order';
import { INSTANT_RANGE_MESSAGE, isStorableInstant } from '@facet/core/shared/instant';
import { z } from 'zod';
import { defineOperation } from '../operation';
import { EXAMPLE_MODEL_ID, ZIdParams } from './common';

export const ZOrderPage = z
  .object({
    items: z.array(ZPartnerOrderSummary).max(100),
    nextCursor: z.string().max(200).nullable().meta({
      description:
        'Pass as `cursor` for the next page. Newest first: null on the last page. In the change feed (`updated_since` or a cursor from it) never null: keep the last one and poll with it for the changes committed since.',
    }),
  })
  .meta({ id: 'OrderPage' });

export const ZListOrdersQuery = z.object({
  status: z
    .array(ZOrderStatus)
    .max(ZOrderStatus.options.length)
    .optional()
    .meta({ description: 'Only orders in these statuses (repeat the parameter or separate with commas).' }),
  updated_since: z.iso
    .datetime({ offset: true })
    .max(64)
    .refine((value) => isStorableInstant(new Date(value)), INSTANT_RANGE_MESSAGE)
    .optional()
    .meta({
      description:
        'Starts the change feed: orders changed at or after this instant, in the order their changes committed (`changeNumber`). Then follow `nextCursor` (without `updated_since`) and keep the last one to poll with: the feed never skips a change nor shows one twice, even when changes commit out of time order.',
      example: '2026-05-01T08:00:00Z',
    }),
  external_ref: z.string().min(1).max(100).optional().meta({ description: 'Your reference of an order.' }),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const createOrderOperation = defineOperation({
  operationId: 'createOrder',
  method: 'post',
  path: '/orders',
  tag: 'Orders',
  summary: 'Place an order of one or more items',
  description:
    'Requires an `Idempotency-Key`. The order starts SUBMITTED; the workshop prices it from the models (→ PRICE_CALCULATED, usually within seconds) and every later change is sent to your webhooks and shown by `GET /orders/{id}`. Repeating the request with the same key and body returns the first response, byte for byte; the same key with another body is refused (422).',
  scope: 'orders:write',
  idempotency: 'required',
  body: ZPlacePartnerOrderInput.meta({ id: 'CreateOrderRequest' }),
  bodyExample: {
    externalRef: 'PO-2026-0417',
    items: [
      {
        modelId: EXAMPLE_MODEL_ID,
        alloyCode: 'AU750Y',
        finish: 'polished',
        quantity: 1,
        ringSize: 54,
        engraving: 'C & M',
      },
    ],
  },
  responses: { 201: { description: 'The order, as placed.', schema: ZPartnerOrder } },
  problems: [
    'malformed-json',
    'unsupported-media-type',
    'validation-failed',
    'invalid-input',
    'idempotency-key-missing',
    'idempotency-key-reused',
    'idempotency-request-in-flight',
    'not-found',
    'unprocessable',
    'duplicate-external-ref',
  ],
});

export const listOrdersOperation = defineOperation({
  operationId: 'listOrders',
  method: 'get',
  path: '/orders',
  tag: 'Orders',
  summary: 'List your orders (newest first, or the change feed)',
  description:
    'Without `updated_since` or a change-feed cursor: newest first. With them: the change feed, ordered by `changeNumber`, the number webhooks carry too. A change shows once its transaction and every transaction that started before it have ended, so a poll may see a change a moment after its webhook — never a later change before an earlier one is visible.',
  scope: 'orders:read',
  query: ZListOrdersQuery,
  responses: { 200: { description: 'One page of orders.', schema: ZOrderPage } },
  problems: ['validation-failed', 'invalid-input'],
});

export const getOrderOperation = defineOperation({
  operationId: 'getOrder',
  method: 'get',
  path: '/orders/{id}',
  tag: 'Orders',
  summary: 'Get an order with its items and full timeline',
  scope: 'orders:read',
  params: ZIdParams,
  responses: { 200: { description: 'The order.', schema: ZPartnerOrder } },
  problems: ['not-found'],
});

export const cancelOrderOperation = defineOperation({
  operationId: 'cancelOrder',
  method: 'post',
  path: '/orders/{id}/cancel',
  tag: 'Orders',
  summary: 'Cancel an order before production starts',
  description:
    'Requires an `Idempotency-Key`. Once MANUFACTURING_STARTED, an order can no longer be cancelled (409 invalid-transition).',
  scope: 'orders:write',
  idempotency: 'required',
  params: ZIdParams,
  body: ZCancelPartnerOrderInput.meta({ id: 'CancelOrderRequest' }),
  bodyExample: { reason: 'The end customer changed their mind.' },
  responses: { 200: { description: 'The cancelled order.', schema: ZPartnerOrder } },
  problems: [
    'malformed-json',
    'unsupported-media-type',
    'validation-failed',
    'idempotency-key-missing',
    'idempotency-key-reused',
    'idempotency-request-in-flight',
    'not-found',
    'invalid-transition',
    'conflict',
  ],
});
