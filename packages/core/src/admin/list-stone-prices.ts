import type { Db } from '@facet/db/client';
import { findStonePrices } from '../pricing/find-stone-prices';
import type { TStonePrice } from '../pricing/stone-price-table';
import type { Actor } from '../shared/actor';
import { assertAdmin } from './assert-admin';

/** The stone price table in force, for the admin to edit. */
export async function listStonePrices(db: Db, actor: Actor): Promise<TStonePrice[]> {
  assertAdmin(actor);
  return findStonePrices(db);
}
