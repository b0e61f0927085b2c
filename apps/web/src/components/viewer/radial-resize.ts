import { Matrix4, Vector3 } from 'three';

/** A ring made another size: every point moves away from (or towards) the ring's axis by `radialScale`. */
export interface RadialResize {
  axis: [number, number, number];
  centreMm: [number, number, number];
  radialScale: number;
}

/**
 * The matrix of a radial resize about the axis through `centreMm`: distances across the axis are
 * multiplied by the scale, positions along it are kept (L = a·aᵀ + k·(I − a·aᵀ), about the centre).
 * The whole piece scales, head and stone included: a preview of the size, not of how a jeweller
 * would rebuild the shank.
 */
export function radialResizeMatrix({ axis, centreMm, radialScale: k }: RadialResize): Matrix4 {
  const a = new Vector3(...axis).normalize();
  const e = (i: number, j: number) => (i === j ? k : 0) + (1 - k) * a.getComponent(i) * a.getComponent(j);
  const linear = new Matrix4().set(
    e(0, 0),
    e(0, 1),
    e(0, 2),
    0,
    e(1, 0),
    e(1, 1),
    e(1, 2),
    0,
    e(2, 0),
    e(2, 1),
    e(2, 2),
    0,
    0,
    0,
    0,
    1,
  );
  const [cx, cy, cz] = centreMm;
  return new Matrix4()
    .makeTranslation(cx, cy, cz)
    .multiply(linear)
    .multiply(new Matrix4().makeTranslation(-cx, -cy, -cz));
}
