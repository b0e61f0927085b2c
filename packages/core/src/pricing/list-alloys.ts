import type { Db } from '@facet/db/client';
import { type TAlloy, toAlloyDto } from './alloy-dto';
import { findActiveAlloys } from './find-active-alloys';
import { toPricedAlloy } from './to-priced-alloy';
import type { TWorkRates } from './work-rates';

/** The alloys a customer can order, in the workshop's display order. */
export async function listAlloys(db: Db): Promise<TAlloy[]> {
  return (await findActiveAlloys(db)).map(toAlloyDto);
}

export type TAlloyWithRates = TAlloy & { workRates: TWorkRates };

/** The same alloys with their work rates, for pages that price in the browser with the same quote(). */
export async function listAlloysWithRates(db: Db): Promise<TAlloyWithRates[]> {
  return (await findActiveAlloys(db)).map((row) => ({
    ...toAlloyDto(row),
    workRates: toPricedAlloy(row).workRates,
  }));
}
