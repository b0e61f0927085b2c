import type { Db } from '@facet/db/client';
import { outbox } from '@facet/db/schema/outbox';
import { isNull, sql } from 'drizzle-orm';

export interface OutboxFigures {
  unpublished: number;
  /** Age of the oldest row not yet published, null when all are. */
  oldestAgeS: number | null;
}

/** How far the relay is behind: rows not yet published and the oldest one's age (partial index). */
export async function measureOutbox(db: Db): Promise<OutboxFigures> {
  const [row] = await db
    .select({
      unpublished: sql<number>`count(*)::int`,
      oldestAgeS: sql<number | null>`extract(epoch from now() - min(${outbox.createdAt}))::float8`,
    })
    .from(outbox)
    .where(isNull(outbox.publishedAt));
  return { unpublished: row?.unpublished ?? 0, oldestAgeS: row?.oldestAgeS ?? null };
}
