import { FINISHES, ORDER_STATUSES } from '@facet/db/enums';
import type { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { z } from 'zod';
import { INTERNAL_EVENT_TYPES } from '../orders/internal-events';
import { isoOrNull } from './dates';

export const ZOrderStatus = z.enum(ORDER_STATUSES).meta({
  id: 'OrderStatus',
  description:
    'INITIATED → FILE_UPLOADED → SUBMITTED → PRICE_CALCULATED → MANUFACTURING_APPROVED → MANUFACTURING_STARTED → MANUFACTURING_COMPLETED → PACKAGING → SHIPPED → CLOSED; side exits REJECTED, CANCELLED and ON_HOLD (and back).',
});

/** What a partner sees of an order in lists: enough to reconcile by status and version. */
export const ZPartnerOrderSummary = z
  .object({
    id: z.string().uuid(),
    number: z.number().int().meta({ example: 1042 }),
    status: ZOrderStatus,
    /** Grows by one with every change; a webhook or poll with a lower version is older news. */
    version: z.number().int(),
    externalRef: z.string().nullable().meta({ description: 'Your own reference, as you sent it.' }),
    totalCents: z.number().int().nullable().meta({ description: 'Known from PRICE_CALCULATED on.' }),
    currency: z.string().meta({ example: 'EUR' }),
    leadTimeDays: z.number().int().nullable(),
    promisedAt: z.iso.datetime().nullable(),
    statusReason: z
      .string()
      .nullable()
      .meta({ description: 'Why the order was rejected, cancelled or put on hold.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    statusChangedAt: z.iso.datetime(),
  })
  .meta({ id: 'OrderSummary' });
export type TPartnerOrderSummary = z.infer<typeof ZPartnerOrderSummary>;

export const ZPartnerOrderItem = z
  .object({
    position: z.number().int(),
    modelId: z.string().uuid(),
    alloyCode: z.string(),
    finish: z.enum(FINISHES),
    ringSize: z.number().nullable(),
    scale: z.number(),
    quantity: z.number().int(),
    engraving: z.string().nullable(),
    unitPriceCents: z.number().int().nullable(),
  })
  .meta({ id: 'OrderItem' });

export const ZPartnerOrderEvent = z
  .object({
    version: z.number().int(),
    type: z.string().meta({ example: 'status_changed' }),
    fromStatus: ZOrderStatus.nullable(),
    toStatus: ZOrderStatus.nullable(),
    /** Who made the change: you, the workshop's staff, or the workshop's automation. */
    by: z.enum(['partner', 'workshop', 'system']),
    reason: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'OrderEvent' });

export const ZPartnerOrder = ZPartnerOrderSummary.extend({
  items: z.array(ZPartnerOrderItem),
  /** Every change of the order, oldest first. */
  timeline: z.array(ZPartnerOrderEvent),
}).meta({ id: 'Order' });
export type TPartnerOrder = z.infer<typeof ZPartnerOrder>;

type OrderRow = typeof orders.$inferSelect;

export function toPartnerOrderSummary(order: OrderRow): TPartnerOrderSummary {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    version: order.version,
    externalRef: order.externalRef,
    totalCents: order.totalCents,
    currency: order.currency,
    leadTimeDays: order.leadTimeDays,
    promisedAt: isoOrNull(order.promisedAt),
    statusReason: order.statusReason,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    statusChangedAt: order.statusChangedAt.toISOString(),
  };
}

export function toPartnerOrder(
  order: OrderRow,
  items: Array<typeof orderItems.$inferSelect>,
  events: Array<typeof orderEvents.$inferSelect>,
): TPartnerOrder {
  return {
    ...toPartnerOrderSummary(order),
    items: items.map((item) => ({
      position: item.position,
      modelId: item.modelId,
      alloyCode: item.alloyCode,
      finish: item.finish,
      ringSize: item.ringSize,
      scale: item.scale,
      quantity: item.quantity,
      engraving: item.engraving,
      unitPriceCents: item.unitPriceCents,
    })),
    // The workshop's internal notes (the SLA watchdog's flags) are not the partner's business.
    timeline: events
      .filter((event) => !INTERNAL_EVENT_TYPES.has(event.type))
      .map((event) => ({
        version: event.version,
        type: event.type,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        by: event.actorKind === 'user' ? 'workshop' : event.actorKind,
        reason: event.reason,
        at: event.createdAt.toISOString(),
      })),
  };
}
