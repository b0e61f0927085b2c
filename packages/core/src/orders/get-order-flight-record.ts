import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import { jobRuns } from '@facet/db/schema/operations';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { webhookAttemptLog, webhookDeliveryLog } from '@facet/db/schema/partners';
import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import {
  type DomainMessage,
  domainMessage,
  knownMessageOrNull,
  renderDomainMessage,
  ZLocalizedMessage,
} from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { CASTING_TREE_JOINED_EVENT, CASTING_TREE_LEFT_EVENT, SLA_BREACHED_EVENT } from './internal-events';

export const ZFlightEntry = z.object({
  at: z.date(),
  kind: z.enum(['event', 'job', 'webhook']),
  /** What happened, in English; `titleMessage` says it in the reader's language. */
  title: z.string(),
  titleMessage: ZLocalizedMessage,
  detail: z.string().nullable(),
  /**
   * The detail as a catalogue message, when the system wrote it (an event's reason, how long a job
   * took, a webhook's answer); null: show `detail` as stored (a person's words, a job's error).
   */
  detailMessage: ZLocalizedMessage.nullable(),
  outcome: z.enum(['ok', 'failed', 'pending']),
  traceId: z.string().nullable(),
});
export type TFlightEntry = z.infer<typeof ZFlightEntry>;

export const ZFlightRecord = z.object({
  orderId: z.string().uuid(),
  number: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  entries: z.array(ZFlightEntry),
});
export type TFlightRecord = z.infer<typeof ZFlightRecord>;

/** "FCT-001042", "1042" or a UUID → the order's id or number to look up. */
export function parseOrderReference(reference: string): { id: string } | { number: number } | null {
  const trimmed = reference.trim();
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(trimmed))
    return { id: trimmed.toLowerCase() };
  const digits = /^(?:FCT-)?0*(\d{1,12})$/i.exec(trimmed)?.[1];
  return digits ? { number: Number(digits) } : null;
}

/**
 * Everything that happened to an order, from one id or number: its timeline, every attempt of every
 * job that worked on it or its models, every webhook delivery attempt — each with its trace id.
 */
export async function getOrderFlightRecord(db: Db, actor: Actor, reference: string): Promise<TFlightRecord> {
  if (actor.kind !== 'user' || (actor.role !== 'seller' && actor.role !== 'admin')) {
    throw new DomainError('FORBIDDEN', domainMessage('order.flight-record-staff-only'));
  }
  const ref = parseOrderReference(reference);
  if (!ref)
    throw new DomainError('INVALID_INPUT', domainMessage('order.reference-invalid'), {
      field: 'reference',
    });
  const order = await db.query.orders.findFirst({
    where: 'id' in ref ? eq(orders.id, ref.id) : eq(orders.number, ref.number),
  });
  // A partner's sandbox order is not the workshop's: it is not here, as it is nowhere in the CRM.
  if (!order || order.mode === 'test') {
    throw new DomainError(
      'NOT_FOUND',
      domainMessage('order.reference-not-found', { reference: reference.trim() }),
      { field: 'reference' },
    );
  }

  const [events, items, deliveries] = await Promise.all([
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
    db.select({ modelId: orderItems.modelId }).from(orderItems).where(eq(orderItems.orderId, order.id)),
    // Its webhook deliveries, with their endpoint's URL, as the partners publish them.
    db
      .select({
        id: webhookDeliveryLog.id,
        eventType: webhookDeliveryLog.eventType,
        url: webhookDeliveryLog.endpointUrl,
      })
      .from(webhookDeliveryLog)
      .where(eq(webhookDeliveryLog.orderId, order.id)),
  ]);
  const deliveryIds = deliveries.map((delivery) => delivery.id);
  const subjects = [order.id, ...items.map((item) => item.modelId), ...deliveryIds];
  const [runs, attempts] = await Promise.all([
    db.select().from(jobRuns).where(inArray(jobRuns.subjectId, subjects)),
    deliveryIds.length
      ? db.select().from(webhookAttemptLog).where(inArray(webhookAttemptLog.deliveryId, deliveryIds))
      : [],
  ]);
  const urlOf = new Map(deliveries.map(({ id, eventType, url }) => [id, `${eventType} → ${url}`]));

  const entries: TFlightEntry[] = [
    ...events.map((event) => {
      const reason = knownMessageOrNull((event.data as { message?: unknown } | null)?.message);
      return {
        at: event.createdAt,
        kind: 'event' as const,
        ...said(eventTitle(event)),
        detail: [event.actorName, event.reason].filter(Boolean).join(' — ') || null,
        detailMessage: reason ? domainMessage('timeline.by', { actor: event.actorName, reason }) : null,
        outcome: 'ok' as const,
        traceId: (event.data as { traceId?: string } | null)?.traceId ?? null,
      };
    }),
    ...runs.map((run) => ({
      at: run.startedAt,
      kind: 'job' as const,
      ...said(domainMessage('flight.job', { queue: run.queue, attempt: run.attempt })),
      // A job's error is the program's own words, shown as stored.
      ...(run.error !== null
        ? { detail: run.error, detailMessage: null }
        : run.finishedAt
          ? saidDetail(
              domainMessage('flight.job-took', {
                jobId: run.jobId,
                ms: run.finishedAt.getTime() - run.startedAt.getTime(),
              }),
            )
          : { detail: run.jobId, detailMessage: null }),
      outcome:
        run.status === 'succeeded'
          ? ('ok' as const)
          : run.status === 'failed'
            ? ('failed' as const)
            : ('pending' as const),
      traceId: run.traceId,
    })),
    ...attempts.map((attempt) => ({
      at: attempt.createdAt,
      kind: 'webhook' as const,
      ...said(
        domainMessage('flight.webhook-attempt', {
          attempt: attempt.attempt,
          target: urlOf.get(attempt.deliveryId) ?? '',
        }),
      ),
      ...(attempt.error !== null
        ? { detail: attempt.error, detailMessage: null }
        : attempt.statusCode
          ? saidDetail(
              domainMessage('flight.webhook-answered', {
                status: attempt.statusCode,
                ms: attempt.durationMs,
              }),
            )
          : { detail: null, detailMessage: null }),
      outcome: attempt.statusCode && attempt.statusCode < 300 ? ('ok' as const) : ('failed' as const),
      traceId: null,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return { orderId: order.id, number: order.number, status: order.status, entries };
}

/** A title as the entry carries it: English in `title`, the catalogue message in `titleMessage`. */
function said(message: DomainMessage): Pick<TFlightEntry, 'title' | 'titleMessage'> {
  return { title: renderDomainMessage(message, 'en'), titleMessage: message };
}

/** A detail the system wrote: English in `detail`, the catalogue message in `detailMessage`. */
function saidDetail(message: DomainMessage): Pick<TFlightEntry, 'detail' | 'detailMessage'> {
  return { detail: renderDomainMessage(message, 'en'), detailMessage: message };
}

/** What an event of the timeline was: a status it reached, a flag, a tree, or its type. */
function eventTitle(
  event: Pick<typeof orderEvents.$inferSelect, 'type' | 'toStatus' | 'version'>,
): DomainMessage {
  const { version } = event;
  switch (event.type) {
    case 'created':
      return domainMessage('flight.created', { status: event.toStatus ?? '', version });
    case 'status_changed':
      return domainMessage('flight.status', { status: event.toStatus ?? '', version });
    case SLA_BREACHED_EVENT:
      return domainMessage('flight.sla-breached', { version });
    case CASTING_TREE_JOINED_EVENT:
      return domainMessage('flight.tree-joined', { version });
    case CASTING_TREE_LEFT_EVENT:
      return domainMessage('flight.tree-left', { version });
    default:
      return domainMessage('flight.event', { type: event.type, version });
  }
}
