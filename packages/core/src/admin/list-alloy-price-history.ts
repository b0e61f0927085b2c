import type { Db } from '@facet/db/client';
import { users } from '@facet/db/schema/identity';
import { alloyPriceHistory } from '@facet/db/schema/pricing';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { type TAlloyPriceVersion, toAlloyPriceVersion } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

/** Every saved version of an alloy's figures, newest first. */
export async function listAlloyPriceHistory(
  db: Db,
  actor: Actor,
  alloyId: string,
): Promise<TAlloyPriceVersion[]> {
  assertAdmin(actor);
  const rows = await db
    .select({ version: alloyPriceHistory, changedByName: users.name })
    .from(alloyPriceHistory)
    .leftJoin(users, eq(users.id, alloyPriceHistory.changedById))
    .where(eq(alloyPriceHistory.alloyId, alloyId))
    .orderBy(desc(alloyPriceHistory.createdAt), desc(alloyPriceHistory.id))
    .limit(100);
  return rows.map(({ version, changedByName }) => toAlloyPriceVersion(version, changedByName));
}
