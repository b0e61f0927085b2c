import type { alloys } from '@facet/db/schema/pricing';
import { ZCurrency } from '../shared/currency';
import type { PricedAlloy } from './quote';
import { ZWorkRates } from './work-rates';

/** What pricing needs of an alloy: a row of `alloys`, or of the view other contexts read it through. */
type PriceableAlloy = Pick<
  typeof alloys.$inferSelect,
  'code' | 'name' | 'densityGPerCm3' | 'pricePerGramCents' | 'currency' | 'castingLossPct' | 'workRates'
>;

export function toPricedAlloy(alloy: PriceableAlloy): PricedAlloy {
  return {
    code: alloy.code,
    name: alloy.name,
    densityGPerCm3: alloy.densityGPerCm3,
    pricePerGramCents: alloy.pricePerGramCents,
    currency: ZCurrency.parse(alloy.currency),
    castingLossPct: alloy.castingLossPct,
    workRates: ZWorkRates.parse(alloy.workRates),
  };
}
