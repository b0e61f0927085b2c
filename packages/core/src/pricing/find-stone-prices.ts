import type { Db, DbOrTx } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { stonePrices } from '@facet/db/schema/pricing';
import { desc, eq } from 'drizzle-orm';
import { STONE_CUTS } from './stone-carats';
import { CARAT_BANDS, type TStonePrice } from './stone-price-table';

type StonePriceRow = typeof stonePrices.$inferSelect;

function toStonePrice(row: StonePriceRow, changedBy: string | null): TStonePrice {
  return {
    cut: row.cut as TStonePrice['cut'],
    minCarats: Number(row.minCarats),
    pricePerCaratCents: row.pricePerCaratCents,
    changedAt: row.createdAt,
    changedBy,
  };
}

/** The stone prices in force: the newest row of each cut and carat band, by cut and band. */
export async function findStonePrices(db: DbOrTx): Promise<TStonePrice[]> {
  const rows = await db
    .selectDistinctOn([stonePrices.cut, stonePrices.minCarats], { row: stonePrices, changedBy: people.name })
    .from(stonePrices)
    .leftJoin(people, eq(people.id, stonePrices.changedById))
    .orderBy(stonePrices.cut, stonePrices.minCarats, desc(stonePrices.createdAt), desc(stonePrices.id));
  const prices = rows.map(({ row, changedBy }) => toStonePrice(row, changedBy));
  return prices.sort(
    (a, b) =>
      STONE_CUTS.indexOf(a.cut) - STONE_CUTS.indexOf(b.cut) ||
      CARAT_BANDS.indexOf(a.minCarats as (typeof CARAT_BANDS)[number]) -
        CARAT_BANDS.indexOf(b.minCarats as (typeof CARAT_BANDS)[number]),
  );
}

/** Every price ever saved, newest first (the table's history). */
export async function findStonePriceHistory(db: Db, limit = 200): Promise<TStonePrice[]> {
  const rows = await db
    .select({ row: stonePrices, changedBy: people.name })
    .from(stonePrices)
    .leftJoin(people, eq(people.id, stonePrices.changedById))
    .orderBy(desc(stonePrices.createdAt), desc(stonePrices.id))
    .limit(limit);
  return rows.map(({ row, changedBy }) => toStonePrice(row, changedBy));
}
