import { ORDER_CHANNELS, ORDER_STATUSES } from '@facet/db/enums';
import type { orders } from '@facet/db/schema/orders';
import { z } from 'zod';
import { knownMessageOrNull, ZLocalizedMessage } from '../i18n/domain-messages';

export const ZOrderSummary = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  version: z.number().int(),
  channel: z.enum(ORDER_CHANNELS),
  alloyCode: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  currency: z.string(),
  statusReason: z.string().nullable(),
  /** The system's status reason as a catalogue message, said in the reader's language (null: show `statusReason`). */
  statusReasonMessage: ZLocalizedMessage.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  statusChangedAt: z.date(),
});
export type TOrderSummary = z.infer<typeof ZOrderSummary>;

export function toOrderSummary(order: typeof orders.$inferSelect): TOrderSummary {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    version: order.version,
    channel: order.channel,
    alloyCode: order.alloyCode,
    totalCents: order.totalCents,
    currency: order.currency,
    statusReason: order.statusReason,
    statusReasonMessage: knownMessageOrNull(order.statusReasonMessage),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    statusChangedAt: order.statusChangedAt,
  };
}

/** Keyset cursor over (created_at desc, id desc). */
export const ZOrderCursor = z.object({ createdAt: z.coerce.date(), id: z.string().uuid() });
export type TOrderCursor = z.infer<typeof ZOrderCursor>;
