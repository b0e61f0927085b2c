import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { platformSchema } from './contexts';
import { orders } from './orders';

export const jobRunStatusEnum = pgEnum('job_run_status', ['running', 'succeeded', 'failed']);

/**
 * Every attempt of every background job, kept in Postgres (Redis forgets finished jobs): what the
 * order flight recorder shows beside the timeline.
 */
export const jobRuns = platformSchema.table(
  'job_runs',
  {
    id: id(),
    queue: text().notNull(),
    jobId: text().notNull(),
    attempt: integer().notNull(),
    /** What the job worked on: an order, a model or a webhook delivery. */
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    status: jobRunStatusEnum().notNull().default('running'),
    error: text(),
    traceId: text(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('job_runs_subject_idx').on(t.subjectId, t.startedAt),
    index('job_runs_started_idx').on(t.startedAt),
  ],
);

export const canaryRunStatusEnum = pgEnum('canary_run_status', ['running', 'ok', 'late', 'failed']);

/**
 * One canary: a synthetic order the worker sends through the real pipeline (upload, analysis,
 * pricing, approval rule, the pool's push) to prove it still works. `ok` when it reached the pool
 * before its deadline, `late` when it did not, `failed` when it could not be placed or was rejected.
 */
export const canaryRuns = platformSchema.table(
  'canary_runs',
  {
    id: id(),
    status: canaryRunStatusEnum().notNull().default('running'),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** It must be in the pool (approved, and the push sent) by then. */
    deadlineAt: timestamp({ withTimezone: true }).notNull(),
    /** The next canary is due by then: after it, silence means no canary is being started. */
    nextDueAt: timestamp({ withTimezone: true }).notNull(),
    orderId: uuid().references(() => orders.id),
    modelId: uuid(),
    /** When the push announcing its approval left the outbox. */
    arrivedAt: timestamp({ withTimezone: true }),
    /** When it was found late or failed (and logged as an error). */
    reportedAt: timestamp({ withTimezone: true }),
    error: text(),
    /** Its model file and previews are removed from storage once the order is closed. */
    filesRemovedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('canary_runs_started_idx').on(t.startedAt),
    // The runs still to settle: in flight, or late and not arrived yet.
    index('canary_runs_open_idx')
      .on(t.startedAt)
      .where(sql`${t.status} = 'running' or (${t.status} = 'late' and ${t.arrivedAt} is null)`),
    // The runs whose files are still in storage.
    index('canary_runs_files_idx').on(t.startedAt).where(sql`${t.filesRemovedAt} is null`),
  ],
);
