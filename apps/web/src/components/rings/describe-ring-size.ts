import { formatRingSizeEverywhere } from '@facet/mesh/parts/ring-size';
import { formatRingSizeEverywhereIn } from './ring-size-format';

/** A ring size as orders keep it (inner circumference in mm, an EU size) in every system. */
export function describeRingSize(circumferenceMm: number, locale?: string): string {
  return locale
    ? formatRingSizeEverywhereIn(circumferenceMm / Math.PI, locale)
    : formatRingSizeEverywhere(circumferenceMm / Math.PI);
}
