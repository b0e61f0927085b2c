import { API_MODES, FINISHES, ORDER_STATUSES } from '@facet/db/enums';
import type { orderLines, orderTimeline, partnerOrders } from '@facet/db/schema/orders';
import { z } from 'zod';
import { renderStoredMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { INTERNAL_EVENT_TYPES } from '../orders/internal-events';
import { toItemSpec } from '../orders/order-item-dto';
import { MAX_ORDER_ITEMS } from '../orders/order-limits';
import { isoOrNull } from './dates';

export const ZOrderStatus = z.enum(ORDER_STATUSES).meta({
  id: 'OrderStatus',
  description:
    'INITIATED → FILE_UPLOADED → SUBMITTED → PRICE_CALCULATED → MANUFACTURING_APPROVED → MANUFACTURING_STARTED → MANUFACTURING_COMPLETED → PACKAGING → SHIPPED → CLOSED; side exits REJECTED, CANCELLED and ON_HOLD (and back).',
});

export const ZMode = z.enum(API_MODES).meta({
  id: 'Mode',
  description:
    '`live` for real orders; `test` for sandbox orders, placed with a `fct_test_` key: they never reach the workshop and move to SHIPPED by themselves (see the Sandbox section of the guide).',
});

/** What a partner sees of an order in lists: enough to reconcile by status and version. */
export const ZPartnerOrderSummary = z
  .object({
    id: z.string().uuid(),
    number: z.number().int().meta({ example: 1042 }),
    mode: ZMode,
    status: ZOrderStatus,
    /** Grows by one with every change; a webhook or poll with a lower version is older news. */
    version: z.number().int(),
    changeNumber: z.number().int().meta({
      description:
        'Where the last change of the order sits in the change feed (`GET /orders?updated_since=…`); webhooks of that change carry the same number. Higher is later; several orders changed together share one.',
      example: 48211,
    }),
    externalRef: z.string().max(100).nullable().meta({ description: 'Your own reference, as you sent it.' }),
    totalCents: z.number().int().nullable().meta({ description: 'Known from PRICE_CALCULATED on.' }),
    currency: z.string().length(3).meta({ example: 'EUR' }),
    leadTimeDays: z.number().int().nullable(),
    promisedAt: z.iso.datetime().nullable(),
    statusReason: z.string().max(4000).nullable().meta({
      description:
        "Why the order was rejected, cancelled or put on hold: what the workshop's system says is English, or Russian when `Accept-Language` asks for it; what a person wrote is as they wrote it.",
    }),
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
    alloyCode: z.string().max(20),
    finish: z.enum(FINISHES),
    ringSize: z.number().nullable(),
    scale: z.number(),
    quantity: z.number().int(),
    engraving: z.string().max(40).nullable(),
    unitPriceCents: z.number().int().nullable(),
  })
  .meta({ id: 'OrderItem' });

export const ZPartnerOrderEvent = z
  .object({
    version: z.number().int(),
    type: z.string().max(64).meta({ example: 'status_changed' }),
    fromStatus: ZOrderStatus.nullable(),
    toStatus: ZOrderStatus.nullable(),
    /** Who made the change: you, the workshop's staff, or the workshop's automation. */
    by: z.enum(['partner', 'workshop', 'system']),
    reason: z.string().max(4000).nullable().meta({
      description:
        "Why: what the workshop's system says is English, or Russian when `Accept-Language` asks for it; what a person wrote is as they wrote it.",
    }),
    at: z.iso.datetime(),
  })
  .meta({ id: 'OrderEvent' });

export const ZPartnerOrder = ZPartnerOrderSummary.extend({
  items: z.array(ZPartnerOrderItem).max(MAX_ORDER_ITEMS),
  /** Every change of the order, oldest first. */
  timeline: z.array(ZPartnerOrderEvent).max(10_000),
}).meta({ id: 'Order' });
export type TPartnerOrder = z.infer<typeof ZPartnerOrder>;

/** An order as the published `partner_orders` view gives it (an order the orders context just wrote is one too). */
type OrderRow = Pick<
  typeof partnerOrders.$inferSelect,
  | 'id'
  | 'number'
  | 'mode'
  | 'status'
  | 'version'
  | 'changeNumber'
  | 'externalRef'
  | 'totalCents'
  | 'currency'
  | 'leadTimeDays'
  | 'promisedAt'
  | 'statusReason'
  | 'statusReasonMessage'
  | 'createdAt'
  | 'updatedAt'
  | 'statusChangedAt'
>;

/** An item as the published `order_lines` view gives it. */
type ItemRow = Pick<
  typeof orderLines.$inferSelect,
  | 'position'
  | 'modelId'
  | 'alloyCode'
  | 'finish'
  | 'ringSize'
  | 'scale'
  | 'quantity'
  | 'engraving'
  | 'unitPriceCents'
  | 'castability'
  | 'castabilityRiskAccepted'
>;

/** An order as a partner lists it; `locale` is the language `Accept-Language` asked for. */
export function toPartnerOrderSummary(order: OrderRow, locale: Locale = 'en'): TPartnerOrderSummary {
  return {
    id: order.id,
    number: order.number,
    mode: order.mode,
    status: order.status,
    version: order.version,
    changeNumber: order.changeNumber,
    externalRef: order.externalRef,
    totalCents: order.totalCents,
    currency: order.currency,
    leadTimeDays: order.leadTimeDays,
    promisedAt: isoOrNull(order.promisedAt),
    statusReason: renderStoredMessage(order.statusReasonMessage, locale) ?? order.statusReason,
    createdAt: order.createdAt.toISOString(),
    updatedAt: order.updatedAt.toISOString(),
    statusChangedAt: order.statusChangedAt.toISOString(),
  };
}

/**
 * An order with its items and timeline as a partner reads it; each reason the system wrote is said in
 * `locale` (the language `Accept-Language` asked for), a reason a person typed as they typed it.
 */
export function toPartnerOrder(
  order: OrderRow,
  items: ItemRow[],
  events: Array<
    Pick<
      typeof orderTimeline.$inferSelect,
      'version' | 'type' | 'fromStatus' | 'toStatus' | 'actorKind' | 'reason' | 'createdAt'
    > &
      Partial<Pick<typeof orderTimeline.$inferSelect, 'data'>>
  >,
  locale: Locale = 'en',
): TPartnerOrder {
  return {
    ...toPartnerOrderSummary(order, locale),
    items: items.map((item) => ({
      ...toItemSpec(item),
      modelId: item.modelId,
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
        reason: renderStoredMessage(messageOf(event.data), locale) ?? event.reason,
        at: event.createdAt.toISOString(),
      })),
  };
}

/** The catalogue message an event's reason was written from, if the system wrote it. */
function messageOf(data: unknown): unknown {
  return (data as { message?: unknown } | null | undefined)?.message;
}
