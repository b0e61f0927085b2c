export type PendantShapeName = 'disc' | 'heart' | 'drop';

export type Point2 = readonly [number, number];

/** A pendant's flat shape in millimetres, top towards +Y, its height centred on Y = 0. */
export interface PendantOutline {
  /** Counter-clockwise, not repeating the first point. */
  points: Point2[];
  /** Where the bail meets the top edge. */
  top: Point2;
  /** Where a stone or text is centred: every ray from here meets the edge once. */
  centre: Point2;
}

const OUTLINE_POINTS = 128;

type Curve = (t: number) => Point2;

/** The classic heart curve: cusp at the top (t = 0), point at the bottom (t = π). */
const heartCurve: Curve = (t) => [
  16 * Math.sin(t) ** 3,
  13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t),
];

/** A teardrop: pointed at the top (t = 0), round at the bottom. */
const dropCurve: Curve = (t) => [Math.sin(t) * Math.sin(t / 2), Math.cos(t)];

const circleCurve: Curve = (t) => [Math.sin(t), Math.cos(t)];

const CURVES: Record<PendantShapeName, { curve: Curve; centreAt: number }> = {
  disc: { curve: circleCurve, centreAt: 0.5 },
  // The stone and the text sit where the shape is widest.
  heart: { curve: heartCurve, centreAt: 0.6 },
  drop: { curve: dropCurve, centreAt: 0.36 },
};

/**
 * How round a pointed shape's tip is made: a knife-edge point does not fill in the mould, so the
 * heart's point (and the teardrop's, under its bail) ends in a circle of this radius — a tip
 * 1.2 mm wide, over every alloy's default wire minimum (1 mm in silver and platinum).
 */
export const TIP_RADIUS_MM = 0.6;

/** Which end of each shape comes to a point: the heart's bottom, the teardrop's top. */
const POINTED_END: Record<PendantShapeName, 'top' | 'bottom' | null> = {
  disc: null,
  heart: 'bottom',
  drop: 'top',
};

const TIP_ARC_POINTS = 12;

/**
 * The outline of a pendant `heightMm` tall, its point rounded to `tipRadiusMm` (0: the ideal curve,
 * for tests of the curve itself). The rounded shape is scaled to keep its height.
 */
export function makePendantOutline(
  shape: PendantShapeName,
  heightMm: number,
  tipRadiusMm = TIP_RADIUS_MM,
): PendantOutline {
  const { curve, centreAt } = CURVES[shape];
  // Each curve starts at its top (t = 0 or 2π) and runs clockwise: walk it backwards.
  const ideal = Array.from({ length: OUTLINE_POINTS }, (_, k) =>
    curve(2 * Math.PI * (1 - k / OUTLINE_POINTS)),
  );
  const pointedEnd = POINTED_END[shape];
  const idealHeight = heightOf(ideal);
  const raw =
    pointedEnd && tipRadiusMm > 0
      ? roundTip(ideal, pointedEnd, (tipRadiusMm * idealHeight) / heightMm)
      : ideal;
  const ys = raw.map((p) => p[1]);
  const bottom = Math.min(...ys);
  const height = Math.max(...ys) - bottom;
  const scale = heightMm / height;
  const middle = bottom + height / 2;
  const place = ([x, y]: Point2): Point2 => [x * scale, (y - middle) * scale];
  const top = pointedEnd === 'top' ? ([0, Math.max(...ys)] as Point2) : curve(0);
  return {
    points: raw.map(place),
    top: place(top),
    centre: place([0, bottom + height * centreAt]),
  };
}

function heightOf(points: readonly Point2[]): number {
  const ys = points.map((p) => p[1]);
  return Math.max(...ys) - Math.min(...ys);
}

/**
 * A symmetric outline (its point on x = 0) with the point replaced by an arc of `radius`: the
 * points nearer the axis than `radius` on the pointed end go, and a circle centred on the axis
 * between the two sides' last points remaining closes the outline, as a jeweller files a point.
 */
function roundTip(points: readonly Point2[], end: 'top' | 'bottom', radius: number): Point2[] {
  const sign = end === 'bottom' ? -1 : 1;
  const tipIndex = points.reduce(
    (best, point, index) => (point[1] * sign > points[best]![1] * sign ? index : best),
    0,
  );
  const n = points.length;
  const at = (k: number) => points[((k % n) + n) % n]!;
  let before = 0;
  while (Math.abs(at(tipIndex - before - 1)[0]) < radius) before += 1;
  let after = 0;
  while (Math.abs(at(tipIndex + after + 1)[0]) < radius) after += 1;
  const from = at(tipIndex - before - 1);
  const to = at(tipIndex + after + 1);
  const centreY = (from[1] + to[1]) / 2;
  const startAngle = Math.atan2(from[1] - centreY, from[0]);
  const endAngle = Math.atan2(to[1] - centreY, to[0]);
  // Counter-clockwise from one side to the other, round the pointed end.
  let sweep = endAngle - startAngle;
  if (sweep <= 0) sweep += 2 * Math.PI;
  const arc = Array.from({ length: TIP_ARC_POINTS }, (_, k): Point2 => {
    const angle = startAngle + (sweep * (k + 1)) / (TIP_ARC_POINTS + 1);
    return [radius * Math.cos(angle), centreY + radius * Math.sin(angle)];
  });
  const rounded: Point2[] = [];
  for (let k = tipIndex + after + 1; k <= tipIndex - before - 1 + n; k++) rounded.push(at(k));
  rounded.push(...arc);
  return rounded;
}

/** Even-odd test of a point against a closed polygon. */
export function isInsidePolygon(polygon: readonly Point2[], [x, y]: Point2): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Signed area (shoelace): positive for a counter-clockwise polygon. */
export function polygonArea(polygon: readonly Point2[]): number {
  let twice = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    twice += polygon[j]![0] * polygon[i]![1] - polygon[i]![0] * polygon[j]![1];
  }
  return twice / 2;
}

/** Whether every point of the rectangle's edge (sampled every 0.2 mm) lies inside the polygon. */
export function isRectangleInside(
  polygon: readonly Point2[],
  centre: Point2,
  halfWidth: number,
  halfHeight: number,
): boolean {
  const [cx, cy] = centre;
  const steps = Math.max(4, Math.ceil((4 * Math.max(halfWidth, halfHeight)) / 0.2));
  for (let k = 0; k <= steps; k++) {
    const f = -1 + (2 * k) / steps;
    const samples: Point2[] = [
      [cx + f * halfWidth, cy - halfHeight],
      [cx + f * halfWidth, cy + halfHeight],
      [cx - halfWidth, cy + f * halfHeight],
      [cx + halfWidth, cy + f * halfHeight],
    ];
    if (!samples.every((point) => isInsidePolygon(polygon, point))) return false;
  }
  return true;
}

/** Whether the ellipse with semi-axes (a along X, b along Y) around the centre lies inside. */
export function isEllipseInside(polygon: readonly Point2[], centre: Point2, a: number, b: number): boolean {
  for (let k = 0; k < 96; k++) {
    const angle = (2 * Math.PI * k) / 96;
    if (!isInsidePolygon(polygon, [centre[0] + a * Math.cos(angle), centre[1] + b * Math.sin(angle)]))
      return false;
  }
  return true;
}
