import type { Db } from '@facet/db/client';
import { idempotencyRecords } from '@facet/db/schema/partners';
import { lt, sql } from 'drizzle-orm';

/** Deletes idempotency records past their 24 hours (an expired key is also reusable before that). */
export async function pruneIdempotencyRecords(db: Db): Promise<number> {
  const deleted = await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.expiresAt, sql`now()`))
    .returning({ key: idempotencyRecords.key });
  return deleted.length;
}
