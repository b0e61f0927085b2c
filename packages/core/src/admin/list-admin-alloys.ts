import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { asc } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { type TAdminAlloy, toAdminAlloy } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

/** Every alloy, inactive ones too, with the figures prices are made from. */
export async function listAdminAlloys(db: Db, actor: Actor): Promise<TAdminAlloy[]> {
  assertAdmin(actor);
  const rows = await db.select().from(alloys).orderBy(asc(alloys.sortOrder), asc(alloys.code));
  return rows.map(toAdminAlloy);
}
