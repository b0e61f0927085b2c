import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { asc, eq } from 'drizzle-orm';
import { type TAlloy, toAlloyDto } from './alloy-dto';

/** The alloys a customer can order, in the workshop's display order. */
export async function listAlloys(db: Db): Promise<TAlloy[]> {
  const rows = await db
    .select()
    .from(alloys)
    .where(eq(alloys.active, true))
    .orderBy(asc(alloys.sortOrder), asc(alloys.code));
  return rows.map(toAlloyDto);
}
