import { formatMm } from '@facet/ui/format';

/**
 * A 3D view's text alternative: what the model is and its size, e.g.
 * "3D view of the model “ring.stl” in Silver 925, 21.2 × 21.2 × 4 mm" (in the reader's `locale`).
 */
export function describeModel(
  what: string,
  sizeMm: readonly number[] | null | undefined,
  locale = 'en',
): string {
  if (sizeMm?.length !== 3) return what;
  const unit = formatMm(0, locale).replace(/^0 /, '');
  const [x, y, z] = sizeMm.map((mm) => formatMm(mm, locale).replace(` ${unit}`, ''));
  return `${what}, ${x} × ${y} × ${z} ${unit}`;
}
