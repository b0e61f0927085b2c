import 'server-only';
import { listAlloysWithRates } from '@facet/core/pricing/list-alloys';
import type { TBuildAlloy } from '@/components/build/build-alloy';
import { getDb } from '@/server/db';

/** The alloys on sale with their work rates, so the build page prices each change in the browser. */
export function loadBuildAlloys(): Promise<TBuildAlloy[]> {
  return listAlloysWithRates(getDb());
}
