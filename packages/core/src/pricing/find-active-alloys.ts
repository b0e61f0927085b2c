import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { asc, eq } from 'drizzle-orm';

export type AlloyRow = typeof alloys.$inferSelect;

/** The alloys on sale, in the workshop's display order. */
export function findActiveAlloys(db: Db): Promise<AlloyRow[]> {
  return db
    .select()
    .from(alloys)
    .where(eq(alloys.active, true))
    .orderBy(asc(alloys.sortOrder), asc(alloys.code));
}
