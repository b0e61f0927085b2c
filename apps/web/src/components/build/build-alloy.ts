import type { TAlloyWithRates } from '@facet/core/pricing/list-alloys';

/** An alloy as the build page needs it: what the shop shows, and its work rates to price instantly. */
export type TBuildAlloy = TAlloyWithRates;
