import type { Db } from '@facet/db/client';
import { jobRuns } from '@facet/db/schema/operations';
import { eq } from 'drizzle-orm';

export interface JobRunStart {
  queue: string;
  jobId: string;
  attempt: number;
  subjectType: 'order' | 'model' | 'webhook_delivery';
  subjectId: string;
  traceId: string | null;
}

/** Writes that a job attempt began; returns a function that records how it ended. */
export async function recordJobRunStart(db: Db, start: JobRunStart) {
  const [row] = await db.insert(jobRuns).values(start).returning({ id: jobRuns.id });
  return async (outcome: { error?: string | null }) => {
    if (!row) return;
    await db
      .update(jobRuns)
      .set({
        status: outcome.error ? 'failed' : 'succeeded',
        error: outcome.error?.slice(0, 2_000) ?? null,
        finishedAt: new Date(),
      })
      .where(eq(jobRuns.id, row.id));
  };
}
