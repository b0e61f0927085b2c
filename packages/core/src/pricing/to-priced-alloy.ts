import type { alloys } from '@facet/db/schema/pricing';
import { ZCurrency } from '../shared/currency';
import type { PricedAlloy } from './quote';
import { ZWorkRates } from './work-rates';

export function toPricedAlloy(alloy: typeof alloys.$inferSelect): PricedAlloy {
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
