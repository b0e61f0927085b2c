import type { DbOrTx } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { announceOutboxRows } from '@facet/db/outbox-wake';
import { placeholdersFor, preparedQuery } from '@facet/db/prepared';
import { orderEvents, type orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { type DomainMessage, renderDomainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { captureTraceContext, currentTraceId } from '../shared/trace-context';
import { INTERNAL_EVENT_TYPES } from './internal-events';
import { orderChangeListeners } from './order-change-listeners';
import { ORDER_CHANGED_TOPIC, type OrderChangedPayload } from './order-changed';

export interface RecordOrderEventInput {
  order: typeof orders.$inferSelect;
  type: string;
  fromStatus: OrderStatus | null;
  actor: Actor;
  /** Why: as a person typed it, or as the system says it (a catalogue message, see `reasonOf`). */
  reason?: string | DomainMessage | null;
  data?: Record<string, unknown>;
  /** When it happened: now, unless history is being written (the demo's past orders). */
  at?: Date;
  /** A new order priced in the same transaction (see OrderChangedPayload.pricedAtOnce). */
  pricedAtOnce?: boolean;
}

/**
 * Writes the timeline row and the outbox row for a change already applied to `order`, and, unless the
 * event is internal, what the order change listeners write with it (for a partner's order one webhook
 * delivery and its outbox row per active endpoint of the partner).
 */
export async function recordOrderEvent(
  tx: DbOrTx,
  input: RecordOrderEventInput,
): Promise<OrderChangedPayload> {
  const { order, actor } = input;
  const reason = reasonOf(input.reason);
  // Stamped here rather than by the database, so that the timeline row, the outbox row and the
  // listeners' writes need not wait for one another: all go in one round trip.
  const at = input.at ?? new Date();
  const payload: OrderChangedPayload = {
    orderId: order.id,
    number: order.number,
    version: order.version,
    changeNumber: order.changeNumber,
    type: input.type,
    fromStatus: input.fromStatus,
    status: order.status,
    channel: order.channel,
    customerUserId: order.customerUserId,
    partnerId: order.partnerId,
    claimedById: order.claimedById,
    alloyCode: order.alloyCode,
    totalCents: order.totalCents,
    actorName: actor.name,
    actorKind: actor.kind,
    reason: reason.text,
    reasonMessage: reason.message,
    at: at.toISOString(),
    isCanary: order.isCanary,
    mode: order.mode,
    ...(input.pricedAtOnce ? { pricedAtOnce: true } : {}),
  };
  const listeners = INTERNAL_EVENT_TYPES.has(input.type) ? [] : orderChangeListeners();
  await Promise.all([
    insertEvent.run(tx, {
      orderId: order.id,
      version: order.version,
      type: input.type,
      fromStatus: input.fromStatus,
      toStatus: order.status,
      actorKind: actor.kind,
      actorUserId: actor.kind === 'user' ? actor.userId : null,
      actorPartnerId: actor.kind === 'partner' ? actor.partnerId : null,
      actorName: actor.name,
      reason: reason.text,
      data: withTraceId(reason.message ? { ...input.data, message: reason.message } : input.data),
      createdAt: at,
    }),
    insertOutboxRow.run(tx, {
      topic: ORDER_CHANGED_TOPIC,
      aggregateId: order.id,
      payload,
      traceContext: captureTraceContext(),
    }),
    ...listeners.map((listener) => listener.eventRecorded?.(tx, { change: payload, order })),
  ]);
  await announceOutboxRows(tx);
  return payload;
}

/** Every change writes these two: built once (see preparedQuery). */
const insertEvent = preparedQuery('insert_order_event', (db) =>
  db
    .insert(orderEvents)
    .values(
      placeholdersFor(orderEvents, [
        'orderId',
        'version',
        'type',
        'fromStatus',
        'toStatus',
        'actorKind',
        'actorUserId',
        'actorPartnerId',
        'actorName',
        'reason',
        'data',
        'createdAt',
      ]),
    ),
);

const insertOutboxRow = preparedQuery('insert_order_changed_outbox_row', (db) =>
  db.insert(outbox).values(placeholdersFor(outbox, ['topic', 'aggregateId', 'payload', 'traceContext'])),
);

/**
 * A reason as it is stored: its text (English when the system said it: what webhooks, logs and rows
 * before messages read) and, when the system said it, the catalogue message each reader's language
 * says (kept in the event's `data.message`, the order's `status_reason_message`).
 */
export function reasonOf(reason: string | DomainMessage | null | undefined): {
  text: string | null;
  message: DomainMessage | null;
} {
  if (reason === null || reason === undefined) return { text: null, message: null };
  if (typeof reason === 'string') return { text: reason, message: null };
  return { text: renderDomainMessage(reason, 'en'), message: reason };
}

/** Timeline rows keep the trace id of the request that made them, for the flight recorder. */
function withTraceId(data: Record<string, unknown> | undefined): Record<string, unknown> | null {
  const traceId = currentTraceId();
  if (!traceId) return data ?? null;
  return { ...data, traceId };
}
