import { EVENT_ACTOR_KINDS, ORDER_STATUSES } from '@facet/db/enums';
import type { orderEvents } from '@facet/db/schema/orders';
import { z } from 'zod';
import { knownMessageOrNull, ZLocalizedMessage } from '../i18n/domain-messages';

/** One row of an order's timeline, as the shop, the CRM and the operators' console show it. */
export const ZTimelineEntry = z.object({
  id: z.number().int(),
  version: z.number().int(),
  type: z.string(),
  fromStatus: z.enum(ORDER_STATUSES).nullable(),
  toStatus: z.enum(ORDER_STATUSES).nullable(),
  actorKind: z.enum(EVENT_ACTOR_KINDS),
  actorName: z.string(),
  /** Why, as stored: as a person typed it, or the system's English. */
  reason: z.string().nullable(),
  /** The system's reason as a catalogue message, said in the reader's language (null: show `reason`). */
  reasonMessage: ZLocalizedMessage.nullable(),
  at: z.date(),
});
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;

/** An event as its table or the published `order_timeline` view gives it. */
type TimelineRow = Pick<
  typeof orderEvents.$inferSelect,
  | 'id'
  | 'version'
  | 'type'
  | 'fromStatus'
  | 'toStatus'
  | 'actorKind'
  | 'actorName'
  | 'reason'
  | 'data'
  | 'createdAt'
>;

export function toTimelineEntry(event: TimelineRow): TTimelineEntry {
  return {
    id: event.id,
    version: event.version,
    type: event.type,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorKind: event.actorKind,
    actorName: event.actorName,
    reason: event.reason,
    reasonMessage: knownMessageOrNull((event.data as { message?: unknown } | null)?.message),
    at: event.createdAt,
  };
}
