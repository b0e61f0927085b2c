import type { Db } from '@facet/db/client';
import { canaryRuns } from '@facet/db/schema/operations';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { uploadModel } from '../models/upload-model';
import type { ObjectStorage } from '../storage/object-storage';
import { makeCanaryModelFile } from './canary-model';
import { ensureCanaryPartner } from './canary-partner';

/** How often a canary starts and how long it has to reach the pool. */
export interface CanarySchedule {
  everyMs: number;
  deadlineMs: number;
}

/**
 * Canaries that have not arrived yet, beyond which no new one starts: while the pipeline is broken
 * they would only pile up, and then all rush through when it mends, beside real orders.
 */
export const MAX_CANARIES_IN_FLIGHT = 3;

/** Runs older than this are given up on: they no longer count as in flight and are not checked. */
export const CANARY_FORGOTTEN_AFTER_MS = 24 * 3600_000;

export type StartCanaryResult =
  | { outcome: 'started'; runId: string; modelId: string }
  | { outcome: 'skipped'; inFlight: number }
  | { outcome: 'failed'; runId: string; error: string };

/**
 * Starts a canary the way a partner starts an order: its model is uploaded (stored, and announced
 * through the outbox so the worker analyses it). The order itself is placed by `checkCanaryRuns`
 * once the analysis is in, as a partner would after reading its quote. The run is recorded first, so
 * a canary that cannot even start is reported too.
 */
export async function startCanaryRun(
  deps: { db: Db; storage: ObjectStorage },
  schedule: CanarySchedule,
  now: Date = new Date(),
): Promise<StartCanaryResult> {
  const { db } = deps;
  const [flight] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(canaryRuns)
    .where(
      and(
        inArray(canaryRuns.status, ['running', 'late']),
        isNull(canaryRuns.arrivedAt),
        gt(canaryRuns.startedAt, new Date(now.getTime() - CANARY_FORGOTTEN_AFTER_MS)),
      ),
    );
  const inFlight = flight?.count ?? 0;
  if (inFlight >= MAX_CANARIES_IN_FLIGHT) return { outcome: 'skipped', inFlight };

  const [run] = await db
    .insert(canaryRuns)
    .values({
      startedAt: now,
      deadlineAt: new Date(now.getTime() + schedule.deadlineMs),
      // The next one is due an interval later; it has its deadline's length as slack.
      nextDueAt: new Date(now.getTime() + schedule.everyMs + schedule.deadlineMs),
    })
    .returning({ id: canaryRuns.id });
  const runId = run!.id;
  try {
    const actor = await ensureCanaryPartner(db);
    const model = await uploadModel(deps, actor, {
      fileName: `canary-${runId}.stl`,
      body: makeCanaryModelFile(runId),
    });
    await db.update(canaryRuns).set({ modelId: model.id }).where(eq(canaryRuns.id, runId));
    return { outcome: 'started', runId, modelId: model.id };
  } catch (error) {
    const message = `The canary could not start: ${error instanceof Error ? error.message : String(error)}`;
    await db
      .update(canaryRuns)
      .set({ status: 'failed', error: message, reportedAt: new Date() })
      .where(and(eq(canaryRuns.id, runId), eq(canaryRuns.status, 'running')));
    return { outcome: 'failed', runId, error: message };
  }
}
