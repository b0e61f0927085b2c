import type { Db } from '@facet/db/client';
import { findStonePriceHistory } from '../pricing/find-stone-prices';
import type { TStonePrice } from '../pricing/stone-price-table';
import type { Actor } from '../shared/actor';
import { assertAdmin } from './assert-admin';

/** Every stone price saved, newest first. */
export async function listStonePriceHistory(db: Db, actor: Actor): Promise<TStonePrice[]> {
  assertAdmin(actor);
  return findStonePriceHistory(db);
}
