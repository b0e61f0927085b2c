import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';

export const jobRunStatusEnum = pgEnum('job_run_status', ['running', 'succeeded', 'failed']);

/**
 * Every attempt of every background job, kept in Postgres (Redis forgets finished jobs): what the
 * order flight recorder shows beside the timeline.
 */
export const jobRuns = pgTable(
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
