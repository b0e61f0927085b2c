import type { TAlloy } from '@facet/core/pricing/alloy-dto';
import type { TWorkRates } from '@facet/core/pricing/work-rates';

/** An alloy as the build page needs it: what the shop shows, and its work rates to price instantly. */
export type TBuildAlloy = TAlloy & { workRates: TWorkRates };
