import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { and, asc, eq } from 'drizzle-orm';

export type AlloyRow = typeof alloys.$inferSelect;

/** The alloys on sale, in the workshop's display order; with `code`, that one alone if it is on sale. */
export function findActiveAlloys(db: Db, filter: { code?: string | null } = {}): Promise<AlloyRow[]> {
  return db
    .select()
    .from(alloys)
    .where(and(eq(alloys.active, true), filter.code ? eq(alloys.code, filter.code) : undefined))
    .orderBy(asc(alloys.sortOrder), asc(alloys.code));
}
