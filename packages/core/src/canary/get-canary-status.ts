import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import { canaryRuns } from '@facet/db/schema/operations';
import { orders } from '@facet/db/schema/orders';
import { and, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';

export const CANARY_STATES = ['ok', 'late', 'failed', 'missing', 'pending', 'never'] as const;
export type CanaryState = (typeof CANARY_STATES)[number];

export const ZCanaryStatus = z.object({
  /**
   * ok: the latest judged canary arrived in time. late / failed: it did not (a canary past its
   * deadline counts as late even before the check job says so). missing: the last one was fine but
   * no canary started when the next was due (the worker is down, or the canary was switched off).
   * pending: the first canary is on its way. never: no canary has run.
   */
  state: z.enum(CANARY_STATES),
  /** state === 'ok', for a 0/1 gauge. */
  ok: z.boolean(),
  /** When the latest canary that made it in time reached the pool, and how long it took. */
  lastSuccessAt: z.date().nullable(),
  lastSuccessTookS: z.number().nullable(),
  /** Since when the canary is not ok: the first missed deadline (or due time) after the last success. */
  troubleSince: z.date().nullable(),
  latest: z
    .object({
      runId: z.string().uuid(),
      status: z.enum(['running', 'ok', 'late', 'failed']),
      startedAt: z.date(),
      deadlineAt: z.date(),
      arrivedAt: z.date().nullable(),
      error: z.string().nullable(),
      orderId: z.string().uuid().nullable(),
      orderNumber: z.number().int().nullable(),
      orderStatus: z.enum(ORDER_STATUSES).nullable(),
    })
    .nullable(),
});
export type TCanaryStatus = z.infer<typeof ZCanaryStatus>;

/** How many of the latest runs are read to find the latest one judged. */
const RECENT_RUNS = 10;

/**
 * Where the canary stands, from `canary_runs` alone (no configuration needed: each run keeps its
 * deadline and when the next was due). For the admin health tile and the canary metrics.
 */
export async function getCanaryStatus(db: Db, now: Date = new Date()): Promise<TCanaryStatus> {
  const recent = await db
    .select({
      runId: canaryRuns.id,
      status: canaryRuns.status,
      startedAt: canaryRuns.startedAt,
      deadlineAt: canaryRuns.deadlineAt,
      nextDueAt: canaryRuns.nextDueAt,
      arrivedAt: canaryRuns.arrivedAt,
      error: canaryRuns.error,
      orderId: canaryRuns.orderId,
      orderNumber: orders.number,
      orderStatus: orders.status,
    })
    .from(canaryRuns)
    .leftJoin(orders, eq(orders.id, canaryRuns.orderId))
    .orderBy(desc(canaryRuns.startedAt))
    .limit(RECENT_RUNS);
  const [lastSuccess] = await db
    .select({ startedAt: canaryRuns.startedAt, arrivedAt: canaryRuns.arrivedAt })
    .from(canaryRuns)
    .where(eq(canaryRuns.status, 'ok'))
    .orderBy(desc(canaryRuns.startedAt))
    .limit(1);
  const latestRow = recent[0];
  const success = {
    lastSuccessAt: lastSuccess?.arrivedAt ?? null,
    lastSuccessTookS:
      lastSuccess?.arrivedAt != null
        ? (lastSuccess.arrivedAt.getTime() - lastSuccess.startedAt.getTime()) / 1000
        : null,
  };
  if (!latestRow) return { state: 'never', ok: false, ...success, troubleSince: null, latest: null };
  const { nextDueAt, ...latest } = latestRow;

  const verdictOf = (run: (typeof recent)[number]) =>
    run.status === 'running' ? (now > run.deadlineAt ? 'late' : null) : run.status;
  const judged = recent.map(verdictOf).find((verdict) => verdict !== null) ?? null;
  let state: TCanaryStatus['state'];
  if (judged === 'late' || judged === 'failed') state = judged;
  else if (now > nextDueAt) state = 'missing';
  else state = judged === 'ok' ? 'ok' : 'pending';

  let troubleSince: Date | null = null;
  if (state === 'missing') troubleSince = nextDueAt;
  if (state === 'late' || state === 'failed') {
    const [first] = await db
      .select({
        at: sql<string>`min(case when ${canaryRuns.status} = 'failed'
          then coalesce(${canaryRuns.reportedAt}, ${canaryRuns.startedAt}) else ${canaryRuns.deadlineAt} end)`,
      })
      .from(canaryRuns)
      .where(
        and(
          lastSuccess ? gt(canaryRuns.startedAt, lastSuccess.startedAt) : undefined,
          or(
            inArray(canaryRuns.status, ['late', 'failed']),
            and(eq(canaryRuns.status, 'running'), lt(canaryRuns.deadlineAt, now)),
          ),
        ),
      );
    troubleSince = first?.at ? new Date(first.at) : null;
  }
  return { state, ok: state === 'ok', ...success, troubleSince, latest };
}
