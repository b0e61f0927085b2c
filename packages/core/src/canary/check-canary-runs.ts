import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { canaryRuns } from '@facet/db/schema/operations';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { ORDER_CHANGED_TOPIC } from '../orders/order-changed';
import { STATUS_LABEL } from '../orders/status-labels';
import { transitionOrder } from '../orders/transition-order';
import { placePartnerOrder } from '../partners/place-partner-order';
import { findActiveAlloys } from '../pricing/find-active-alloys';
import { isDomainError } from '../shared/errors';
import { type CanaryActor, ensureCanaryPartner } from './canary-partner';
import { CANARY_FORGOTTEN_AFTER_MS } from './start-canary-run';

/** Why a canary order leaves the pool: it proved what it had to, and nobody is to cast it. */
export const CANARY_ARRIVED = domainMessage('timeline.canary-arrived');
/** The same in English, as the order's status reason stores it. */
export const CANARY_ARRIVED_REASON = renderDomainMessage(CANARY_ARRIVED, 'en');

interface OrderRef {
  orderId: string;
  number: number;
}

export type CanaryCheck =
  | ({ runId: string; outcome: 'placed' } & OrderRef)
  /** In the pool before its deadline: the run is ok. */
  | ({ runId: string; outcome: 'arrived'; tookS: number } & OrderRef)
  /** In the pool, after its deadline: the run stays late. */
  | ({ runId: string; outcome: 'arrived-late'; tookS: number } & OrderRef)
  /** Its deadline passed just now, with the canary still on its way. */
  | { runId: string; outcome: 'late'; orderId: string | null; number: number | null; stage: string }
  | { runId: string; outcome: 'failed'; orderId: string | null; number: number | null; error: string };

type OpenRun = Awaited<ReturnType<typeof findOpenRuns>>[number];

/**
 * Moves every canary on its way one step and judges it: places its order once its model is analysed,
 * records its arrival in the pool (the approval made, and its push sent by the outbox relay) and then
 * cancels it ("canary arrived") so it never lingers, marks it late when its deadline passes first,
 * failed when its model or order is rejected. Late canaries keep being followed for a day, so their
 * eventual arrival is recorded too. Safe to run twice at once: every verdict is a conditional update.
 */
export async function checkCanaryRuns(db: Db, now: Date = new Date()): Promise<CanaryCheck[]> {
  const results: CanaryCheck[] = [];
  for (const run of await findOpenRuns(db, now)) {
    const result = await checkRun(db, run, now);
    if (result) results.push(...result);
  }
  return results;
}

function findOpenRuns(db: Db, now: Date) {
  return db
    .select({
      id: canaryRuns.id,
      status: canaryRuns.status,
      startedAt: canaryRuns.startedAt,
      deadlineAt: canaryRuns.deadlineAt,
      modelId: canaryRuns.modelId,
      modelStatus: models.status,
      modelRejection: models.rejectionReason,
      orderId: canaryRuns.orderId,
      number: orders.number,
      orderStatus: orders.status,
      orderStatusReason: orders.statusReason,
    })
    .from(canaryRuns)
    .leftJoin(models, eq(models.id, canaryRuns.modelId))
    .leftJoin(orders, eq(orders.id, canaryRuns.orderId))
    .where(
      and(
        or(
          eq(canaryRuns.status, 'running'),
          and(eq(canaryRuns.status, 'late'), isNull(canaryRuns.arrivedAt)),
        ),
        gt(canaryRuns.startedAt, new Date(now.getTime() - CANARY_FORGOTTEN_AFTER_MS)),
      ),
    )
    .orderBy(asc(canaryRuns.startedAt));
}

async function checkRun(db: Db, run: OpenRun, now: Date): Promise<CanaryCheck[] | null> {
  if (!run.orderId) {
    if (!run.modelId) {
      // Recorded, but the worker stopped before it uploaded the model.
      return now > run.deadlineAt
        ? fail(db, run, null, 'The canary never started: the worker stopped before uploading its model.')
        : null;
    }
    if (run.modelStatus === 'REJECTED')
      return fail(db, run, null, `Its model was rejected: ${run.modelRejection ?? 'no reason given'}`);
    if (run.modelStatus !== 'ANALYSED')
      return deadlineCheck(db, run, null, now, 'its model is not analysed yet');
    try {
      const placed = await placeCanaryOrder(db, run.id, run.modelId);
      return [{ runId: run.id, outcome: 'placed', ...placed }];
    } catch (error) {
      return fail(db, run, null, `Its order could not be placed: ${(error as Error).message}`);
    }
  }
  const order = { orderId: run.orderId, number: run.number! };
  const arrivedAt = await findPoolArrival(db, run.orderId, now);
  if (arrivedAt) return recordArrival(db, run, order, arrivedAt);
  if (run.orderStatus === 'REJECTED' || run.orderStatus === 'CANCELLED') {
    const why = run.orderStatusReason ? `: ${run.orderStatusReason}` : '';
    return fail(db, run, order, `Its order was ${STATUS_LABEL[run.orderStatus].toLowerCase()}${why}`);
  }
  return deadlineCheck(db, run, order, now, `still ${STATUS_LABEL[run.orderStatus!]}`);
}

/** The order, as its partner places it after reading the quote: the first alloy on sale, polished. */
async function placeCanaryOrder(db: Db, runId: string, modelId: string): Promise<OrderRef> {
  const actor = await ensureCanaryPartner(db);
  const [alloy] = await findActiveAlloys(db);
  if (!alloy) throw new Error('no alloy is on sale.');
  const externalRef = `canary-${runId}`;
  let orderId: string;
  try {
    orderId = (
      await placePartnerOrder(
        db,
        actor,
        {
          items: [{ modelId, alloyCode: alloy.code, finish: 'polished', scale: 1, quantity: 1 }],
          externalRef,
        },
        { isCanary: true },
      )
    ).id;
  } catch (error) {
    // A check running beside this one placed it first: the reference is unique per partner.
    if (!(isDomainError(error) && error.code === 'CONFLICT')) throw error;
    orderId = (await findOrderByRef(db, actor, externalRef)).id;
  }
  await db
    .update(canaryRuns)
    .set({ orderId })
    .where(and(eq(canaryRuns.id, runId), isNull(canaryRuns.orderId)));
  const [row] = await db.select({ number: orders.number }).from(orders).where(eq(orders.id, orderId));
  return { orderId, number: row!.number };
}

async function findOrderByRef(db: Db, actor: CanaryActor, externalRef: string) {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.partnerId, actor.partnerId), eq(orders.externalRef, externalRef)));
  if (!row) throw new Error(`no order ${externalRef}`);
  return row;
}

/**
 * When the order reached the pool the way every order does: approved, and the push announcing it sent
 * by the outbox relay. The push is looked for among rows published in the ten minutes after the
 * approval (the published-time index answers that); one still unpublished means not yet; one sent
 * later than that counts from now.
 */
async function findPoolArrival(db: Db, orderId: string, now: Date): Promise<Date | null> {
  const [approval] = await db.execute<{ pushed_at: string | null; push_pending: boolean }>(sql`
    select
      (select x.published_at from outbox x
        where x.published_at >= e.created_at and x.published_at < e.created_at + interval '10 minutes'
          and x.aggregate_id = ${orderId} and x.topic = ${ORDER_CHANGED_TOPIC}
          and (x.payload->>'version')::int = e.version
        limit 1) as pushed_at,
      exists (select 1 from outbox x
        where x.published_at is null and x.aggregate_id = ${orderId} and x.topic = ${ORDER_CHANGED_TOPIC}
          and (x.payload->>'version')::int = e.version) as push_pending
    from order_events e
    where e.order_id = ${orderId} and e.type = 'status_changed' and e.to_status = 'MANUFACTURING_APPROVED'
    order by e.version
    limit 1`);
  if (!approval) return null;
  if (approval.pushed_at) return new Date(approval.pushed_at);
  return approval.push_pending ? null : now;
}

async function recordArrival(
  db: Db,
  run: OpenRun,
  order: OrderRef,
  arrivedAt: Date,
): Promise<CanaryCheck[] | null> {
  const inTime = run.status === 'running' && arrivedAt <= run.deadlineAt;
  const [won] = await db
    .update(canaryRuns)
    .set({
      status: inTime ? 'ok' : 'late',
      arrivedAt,
      reportedAt: run.status === 'running' && !inTime ? new Date() : undefined,
    })
    .where(and(eq(canaryRuns.id, run.id), eq(canaryRuns.status, run.status), isNull(canaryRuns.arrivedAt)))
    .returning({ id: canaryRuns.id });
  if (!won) return null;
  await closeCanaryOrder(db, order.orderId);
  const tookS = (arrivedAt.getTime() - run.startedAt.getTime()) / 1000;
  return [{ runId: run.id, outcome: inTime ? 'arrived' : 'arrived-late', tookS, ...order }];
}

/** Takes the canary out of the pool, as its partner: cancelled before production, with the reason. */
async function closeCanaryOrder(db: Db, orderId: string): Promise<void> {
  const actor = await ensureCanaryPartner(db);
  try {
    await transitionOrder(db, {
      orderId,
      to: 'CANCELLED',
      actor,
      reason: CANARY_ARRIVED,
      expectedStatus: 'MANUFACTURING_APPROVED',
    });
  } catch (error) {
    // Gone from the pool already (a second check, or someone cancelled it by hand).
    if (!(isDomainError(error) && (error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION')))
      throw error;
  }
}

async function deadlineCheck(
  db: Db,
  run: OpenRun,
  order: OrderRef | null,
  now: Date,
  stage: string,
): Promise<CanaryCheck[] | null> {
  if (run.status !== 'running' || now <= run.deadlineAt) return null;
  const waitedS = Math.round((run.deadlineAt.getTime() - run.startedAt.getTime()) / 1000);
  const error = `Not in the pool ${waitedS} s after it started: ${stage}.`;
  const [won] = await db
    .update(canaryRuns)
    .set({ status: 'late', error, reportedAt: now })
    .where(and(eq(canaryRuns.id, run.id), eq(canaryRuns.status, 'running')))
    .returning({ id: canaryRuns.id });
  return won
    ? [
        {
          runId: run.id,
          outcome: 'late',
          orderId: order?.orderId ?? null,
          number: order?.number ?? null,
          stage,
        },
      ]
    : null;
}

async function fail(
  db: Db,
  run: OpenRun,
  order: OrderRef | null,
  error: string,
): Promise<CanaryCheck[] | null> {
  const [won] = await db
    .update(canaryRuns)
    .set({ status: 'failed', error, reportedAt: new Date() })
    .where(and(eq(canaryRuns.id, run.id), eq(canaryRuns.status, run.status), isNull(canaryRuns.arrivedAt)))
    .returning({ id: canaryRuns.id });
  return won
    ? [
        {
          runId: run.id,
          outcome: 'failed',
          orderId: order?.orderId ?? null,
          number: order?.number ?? null,
          error,
        },
      ]
    : null;
}
