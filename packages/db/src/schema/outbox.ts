import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { platformSchema } from './contexts';

/**
 * Rows committed together with the change they announce. The relay claims unpublished rows with
 * FOR UPDATE SKIP LOCKED and moves them to the queues and to realtime.
 */
export const outbox = platformSchema.table(
  'outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    topic: text().notNull(),
    aggregateId: text().notNull(),
    payload: jsonb().notNull(),
    /** W3C trace context of the request that wrote the row. */
    traceContext: jsonb(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_unpublished_idx').on(t.availableAt, t.id).where(sql`${t.publishedAt} is null`),
    index('outbox_published_idx').on(t.publishedAt),
  ],
);
