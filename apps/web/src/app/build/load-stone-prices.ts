import 'server-only';
import { findStonePrices } from '@facet/core/pricing/find-stone-prices';
import type { TStonePrice } from '@facet/core/pricing/stone-price-table';
import { getDb } from '@/server/db';

/** The stone prices in force, so the build page prices a stone in the browser. */
export function loadStonePrices(): Promise<TStonePrice[]> {
  return findStonePrices(getDb());
}
