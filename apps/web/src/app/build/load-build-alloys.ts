import 'server-only';
import { toAlloyDto } from '@facet/core/pricing/alloy-dto';
import { toPricedAlloy } from '@facet/core/pricing/to-priced-alloy';
import type { TBuildAlloy } from '@/components/build/build-alloy';
import { getDb } from '@/server/db';

/**
 * The alloys on sale with their work rates, so the build page prices each change in the browser with
 * the same quote() the workshop uses. (catalog.alloys has no work rates; this belongs in core as a
 * use case beside list-alloys once the pricing owners agree to expose the rates.)
 */
export async function loadBuildAlloys(): Promise<TBuildAlloy[]> {
  const rows = await getDb().query.alloys.findMany({
    where: (alloy, { eq }) => eq(alloy.active, true),
    orderBy: (alloy, { asc }) => [asc(alloy.sortOrder), asc(alloy.code)],
  });
  return rows.map((row) => ({ ...toAlloyDto(row), workRates: toPricedAlloy(row).workRates }));
}
