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

/** The outline of a pendant `heightMm` tall. */
export function makePendantOutline(shape: PendantShapeName, heightMm: number): PendantOutline {
  const { curve, centreAt } = CURVES[shape];
  // Each curve starts at its top (t = 0 or 2π) and runs clockwise: walk it backwards.
  const raw = Array.from({ length: OUTLINE_POINTS }, (_, k) => curve(2 * Math.PI * (1 - k / OUTLINE_POINTS)));
  const ys = raw.map((p) => p[1]);
  const bottom = Math.min(...ys);
  const height = Math.max(...ys) - bottom;
  const scale = heightMm / height;
  const middle = bottom + height / 2;
  const place = ([x, y]: Point2): Point2 => [x * scale, (y - middle) * scale];
  return {
    points: raw.map(place),
    top: place(curve(0)),
    centre: place([0, bottom + height * centreAt]),
  };
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
