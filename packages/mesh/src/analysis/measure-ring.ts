import { GrowableUint32Array } from '../geometry/growable-array';
import { countEdges, type EdgeFans } from './count-edges';

type Vector3 = [number, number, number];

/** A ring recognised in a mesh: the hole a finger goes through, and where it is. */
export interface RingMeasure {
  /** Diameter of the largest circle that fits the hole, seen along the ring's axis. */
  innerDiameterMm: number;
  /** The hole's centre on the axis, at the middle of the band's height. */
  centreMm: Vector3;
  /** Unit direction of the finger through the ring. */
  axis: Vector3;
  /** How far the band's inner surface reaches along the axis. */
  bandWidthMm: number;
}

/** Holes a finger wears: inner diameters from a child's ring to the largest men's sizes. */
export const RING_INNER_DIAMETER_MM = { min: 11, max: 27 } as const;
/** Directions around the hole in which its rim is sampled. */
const RIM_BINS = 720;
/** At most this share of directions may see no band close to the hole (an open or C-shaped piece). */
const MAX_OPEN_SHARE = 0.05;
/** The rim may stand this far beyond the largest circle in most directions and still be round. */
const ROUND_SLACK = { share: 0.12, mm: 0.3 } as const;
/** At least this share of directions must see the rim within the slack. */
const MIN_ROUND_SHARE = 0.85;
/** How far the hole's centre may be moved from the first guess while fitting the largest circle. */
const MAX_CENTRE_SHIFT_MM = 2.5;
const MAX_BAND_WIDTH_MM = 30;

/**
 * Marks of a vertex's faces seen along the axis: turned one way, the other way, or edge-on (both).
 * A face is edge-on when its projected area is below this share of what rounding could make of it.
 */
const FACES_ONE_WAY = 1;
const FACES_OTHER_WAY = 2;
const FACES_BOTH_WAYS = 3;
const EDGE_ON_SHARE = 1e-9;

/**
 * Recognises a ring: a band around a through-hole. Seen along one of the mesh's principal axes, the
 * projected surface must leave an empty hole of a finger's size whose rim is round and closed all the
 * way around. The inner diameter is the largest circle that fits the hole in that projection, i.e.
 * the least distance from the axis to the surface over the band's whole height (a head or stone that
 * reaches into the hole narrows it, as it would on the finger). Null when the piece is not a ring.
 *
 * `edges` (the unpaired vertices and the grouped edges, as `countEdges` gives them) are found here
 * when the caller has not already.
 */
export function measureRing(
  positions: Float32Array,
  indices: Uint32Array,
  edges?: RingEdges,
): RingMeasure | null {
  const vertexCount = Math.floor(positions.length / 3);
  if (indices.length < 3 || vertexCount < 3) return null;
  const { unpairedVertices: unpaired, fans } = edges ?? findEdges(indices, vertexCount);
  const { mean, axes } = principalAxes(positions, vertexCount);
  const flat = new Float64Array(vertexCount * 2);
  const facing = new Uint8Array(vertexCount);
  for (const axis of axes) {
    const found = measureAlong({ positions, indices, vertexCount, unpaired, fans, flat, facing }, mean, axis);
    if (found) return found;
  }
  return null;
}

/** What `countEdges` finds that the ring needs. */
export interface RingEdges {
  /** 1 at both ends of every edge not shared by two faces wound opposite ways. */
  unpairedVertices: Uint8Array;
  fans: EdgeFans;
}

function findEdges(indices: Uint32Array, vertexCount: number): RingEdges {
  const unpairedVertices = new Uint8Array(vertexCount);
  const { fans } = countEdges(indices, vertexCount, undefined, unpairedVertices);
  return { unpairedVertices, fans };
}

/** The mesh, and the per-vertex arrays reused from one axis to the next. */
interface Projection {
  positions: Float32Array;
  indices: Uint32Array;
  vertexCount: number;
  unpaired: Uint8Array;
  fans: EdgeFans;
  /** Each vertex seen along the axis, as (x, y) pairs. */
  flat: Float64Array;
  /** FACES_* marks of each vertex's faces. */
  facing: Uint8Array;
}

function measureAlong(projection: Projection, mean: Vector3, axis: Vector3): RingMeasure | null {
  const { positions, indices, vertexCount, flat } = projection;
  const [u, v] = perpendicularBasis(axis);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < vertexCount; i++) {
    const dx = positions[i * 3]! - mean[0];
    const dy = positions[i * 3 + 1]! - mean[1];
    const dz = positions[i * 3 + 2]! - mean[2];
    const x = dx * u[0] + dy * u[1] + dz * u[2];
    const y = dx * v[0] + dy * v[1] + dz * v[2];
    flat[i * 2] = x;
    flat[i * 2 + 1] = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  // A first guess inside the hole: the middle of the outline, or the centroid (a heavy head pulls
  // the outline's middle towards it, the centroid less so).
  const outlineMiddle: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  let start = outlineMiddle;
  if (markFacing(projection, outlineMiddle[0], outlineMiddle[1])) {
    if (isCovered(flat, indices, 0, 0)) return null;
    start = [0, 0];
  }
  // The nearest vertex bounds the hole's radius from above; edges beyond reach cannot matter.
  let nearestVertexSq = Infinity;
  for (let i = 0; i < vertexCount; i++) {
    const dx = flat[i * 2]! - start[0];
    const dy = flat[i * 2 + 1]! - start[1];
    const distanceSq = dx * dx + dy * dy;
    if (distanceSq < nearestVertexSq) nearestVertexSq = distanceSq;
  }
  const nearestVertex = Math.sqrt(nearestVertexSq);
  if (nearestVertex * 2 + 2 * MAX_CENTRE_SHIFT_MM < RING_INNER_DIAMETER_MM.min) return null;

  const rim = sampleRim(projection, start, nearestVertex + 2 * MAX_CENTRE_SHIFT_MM + 0.5);
  if (rim.open > RIM_BINS * MAX_OPEN_SHARE) return null;
  const centre = fitLargestCircle(rim.points, start);
  const radius = nearestEdge(flat, rim.edges, centre[0], centre[1]);
  if (!(radius > 0)) return null;
  const diameter = radius * 2;
  if (diameter < RING_INNER_DIAMETER_MM.min || diameter > RING_INNER_DIAMETER_MM.max) return null;

  let round = 0;
  const roundLimit = radius * (1 + ROUND_SLACK.share) + ROUND_SLACK.mm;
  for (let p = 0; p < rim.points.length; p += 2) {
    if (Math.hypot(rim.points[p]! - centre[0], rim.points[p + 1]! - centre[1]) <= roundLimit) round++;
  }
  if (round < RIM_BINS * MIN_ROUND_SHARE) return null;

  // The band's height: the inner surface's extent along the axis.
  let low = Infinity;
  let high = -Infinity;
  const innerLimit = radius + Math.max(0.5, radius * 0.05);
  for (let i = 0; i < vertexCount; i++) {
    const dx = flat[i * 2]! - centre[0];
    const dy = flat[i * 2 + 1]! - centre[1];
    if (dx * dx + dy * dy > innerLimit * innerLimit) continue;
    const along =
      (positions[i * 3]! - mean[0]) * axis[0] +
      (positions[i * 3 + 1]! - mean[1]) * axis[1] +
      (positions[i * 3 + 2]! - mean[2]) * axis[2];
    if (along < low) low = along;
    if (along > high) high = along;
  }
  const bandWidthMm = high - low;
  if (!(bandWidthMm > 0) || bandWidthMm > MAX_BAND_WIDTH_MM) return null;
  const middle = (low + high) / 2;
  const centreMm: Vector3 = [0, 1, 2].map(
    (k) => mean[k]! + centre[0] * u[k]! + centre[1] * v[k]! + middle * axis[k]!,
  ) as Vector3;
  return { innerDiameterMm: diameter, centreMm, axis, bandWidthMm };
}

/**
 * One pass over the projected triangles: marks each vertex with the ways its faces turn (FACES_*),
 * and tells whether the point (x, y) lies inside some triangle (an edge counts as inside).
 *
 * Only edges whose two ends both have faces turned both ways can bound the projection: where the
 * faces round a vertex all turn one way (and every edge there is shared by two faces wound
 * opposite ways), they cover the plane round it, and the same holds along an edge between two faces
 * that turn the same way. The rim of the hole is therefore found on those edges and the unpaired
 * ones alone — on a million-triangle ring, a few thousand of its 1.5 million edges.
 */
function markFacing(projection: Projection, x: number, y: number): boolean {
  const { indices, vertexCount, flat, facing, unpaired } = projection;
  // An unpaired edge may bound the projection whichever way its faces turn.
  for (let v = 0; v < vertexCount; v++) facing[v] = unpaired[v] ? FACES_BOTH_WAYS : 0;
  let covered = false;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    const ax = flat[a * 2]!;
    const ay = flat[a * 2 + 1]!;
    const bx = flat[b * 2]!;
    const by = flat[b * 2 + 1]!;
    const cx = flat[c * 2]!;
    const cy = flat[c * 2 + 1]!;
    const first = (bx - ax) * (cy - ay);
    const second = (by - ay) * (cx - ax);
    const area = first - second;
    const roundingScale = EDGE_ON_SHARE * (Math.abs(first) + Math.abs(second));
    const mark =
      area > roundingScale ? FACES_ONE_WAY : area < -roundingScale ? FACES_OTHER_WAY : FACES_BOTH_WAYS;
    facing[a]! |= mark;
    facing[b]! |= mark;
    facing[c]! |= mark;
    if (!covered && isInTriangle(x, y, ax, ay, bx, by, cx, cy)) covered = true;
  }
  return covered;
}

/** Whether a point of the plane lies inside any projected triangle. */
function isCovered(flat: Float64Array, indices: Uint32Array, x: number, y: number): boolean {
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 2;
    const b = indices[t + 1]! * 2;
    const c = indices[t + 2]! * 2;
    if (isInTriangle(x, y, flat[a]!, flat[a + 1]!, flat[b]!, flat[b + 1]!, flat[c]!, flat[c + 1]!))
      return true;
  }
  return false;
}

/** Whether a point lies inside the triangle or on its edges (and the triangle is not a point). */
function isInTriangle(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): boolean {
  // The point's side of each edge; computed whole rather than cut short, which costs more in
  // mispredicted branches than it saves.
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  // No two sides of opposite signs, and not all on the line (a triangle squashed to a point).
  return (Math.min(d1, d2, d3) >= 0 || Math.max(d1, d2, d3) <= 0) && (d1 !== 0 || d2 !== 0 || d3 !== 0);
}

/** Least distance in the plane from a point to the given projected edges (pairs of vertex indices). */
function nearestEdge(flat: Float64Array, edges: Uint32Array, x: number, y: number): number {
  let best = Infinity;
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e]! * 2;
    const b = edges[e + 1]! * 2;
    const d = segmentDistanceSq(x, y, flat[a]!, flat[a + 1]!, flat[b]!, flat[b + 1]!);
    if (d < best) best = d;
  }
  return Math.sqrt(best);
}

function segmentDistanceSq(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const lengthSq = ex * ex + ey * ey;
  let t = lengthSq > 0 ? ((x - ax) * ex + (y - ay) * ey) / lengthSq : 0;
  t = Math.min(1, Math.max(0, t));
  const dx = x - (ax + t * ex);
  const dy = y - (ay + t * ey);
  return dx * dx + dy * dy;
}

/**
 * The rim of the hole as seen from `from`: in each of RIM_BINS directions, the nearest point where a
 * ray meets a projected edge, among the edges within `reach` that can bound the projection (see
 * markFacing). Directions that meet none are open. Also gives those edges, among which the nearest
 * surface to any centre near `from` lies.
 */
function sampleRim(
  projection: Projection,
  from: [number, number],
  reach: number,
): { points: Float64Array; open: number; edges: Uint32Array } {
  const { indices, vertexCount, flat, facing, fans } = projection;
  const hits = new Float64Array(RIM_BINS).fill(Infinity);
  const binOf = (angle: number) => {
    const bin = Math.floor(((angle + Math.PI) / (2 * Math.PI)) * RIM_BINS);
    return Math.min(RIM_BINS - 1, Math.max(0, bin));
  };
  const [ox, oy] = from;
  const reachSq = reach * reach;
  const near = new GrowableUint32Array();
  const addEdge = (a: number, b: number) => {
    const ax = flat[a * 2]! - ox;
    const ay = flat[a * 2 + 1]! - oy;
    const bx = flat[b * 2]! - ox;
    const by = flat[b * 2 + 1]! - oy;
    if (segmentDistanceSq(0, 0, ax, ay, bx, by) > reachSq) return;
    near.push(a);
    near.push(b);
    const binA = binOf(Math.atan2(ay, ax));
    const binB = binOf(Math.atan2(by, bx));
    hits[binA] = Math.min(hits[binA]!, Math.sqrt(ax * ax + ay * ay));
    hits[binB] = Math.min(hits[binB]!, Math.sqrt(bx * bx + by * by));
    // Walk the shorter way round from A's bin to B's (the edge never passes through `from`).
    let forward = (binB - binA + RIM_BINS) % RIM_BINS;
    let step = 1;
    if (forward > RIM_BINS / 2) {
      forward = RIM_BINS - forward;
      step = -1;
    }
    for (let i = 1; i < forward; i++) {
      const bin = (binA + step * i + RIM_BINS) % RIM_BINS;
      const angle = ((bin + 0.5) / RIM_BINS) * 2 * Math.PI - Math.PI;
      const distance = rayHit(Math.cos(angle), Math.sin(angle), ax, ay, bx, by);
      if (distance < hits[bin]!) hits[bin] = distance;
    }
  };
  // Every edge between two rim vertices, once per face using it and in that face's direction (the
  // walk between bins goes from the first end to the second), found from the lower end's fan.
  const { starts, slots, facesRepeatingAVertex } = fans;
  for (let v = 0; v < vertexCount; v++) {
    if (facing[v] !== FACES_BOTH_WAYS) continue;
    for (let i = starts[v]!; i < starts[v + 1]!; i++) {
      const slot = slots[i]!;
      const other = slot >>> 1;
      if (facing[other] !== FACES_BOTH_WAYS) continue;
      if (slot & 1) addEdge(other, v);
      else addEdge(v, other);
    }
  }
  for (const first of facesRepeatingAVertex) {
    for (let k = 0; k < 3; k++) {
      const a = indices[first + k]!;
      const b = indices[first + ((k + 1) % 3)]!;
      if (facing[a] === FACES_BOTH_WAYS && facing[b] === FACES_BOTH_WAYS) addEdge(a, b);
    }
  }
  const points: number[] = [];
  let open = 0;
  for (let bin = 0; bin < RIM_BINS; bin++) {
    const distance = hits[bin]!;
    if (!Number.isFinite(distance)) {
      open++;
      continue;
    }
    const angle = ((bin + 0.5) / RIM_BINS) * 2 * Math.PI - Math.PI;
    points.push(ox + distance * Math.cos(angle), oy + distance * Math.sin(angle));
  }
  return { points: Float64Array.from(points), open, edges: near.toArray() };
}

/** Distance along the unit ray (dx, dy) from the origin to the segment AB, or Infinity. */
function rayHit(dx: number, dy: number, ax: number, ay: number, bx: number, by: number): number {
  const ex = bx - ax;
  const ey = by - ay;
  const denominator = dx * ey - dy * ex;
  if (Math.abs(denominator) < 1e-12) return Infinity;
  const t = (ax * ey - ay * ex) / denominator;
  const s = (ax * dy - ay * dx) / denominator;
  return t >= 0 && s >= -1e-9 && s <= 1 + 1e-9 ? t : Infinity;
}

/** The centre of the largest circle among the rim's points, by a pattern search from `start`. */
function fitLargestCircle(points: Float64Array, start: [number, number]): [number, number] {
  const clearance = (x: number, y: number) => {
    let best = Infinity;
    for (let p = 0; p < points.length; p += 2) {
      const d = (points[p]! - x) ** 2 + (points[p + 1]! - y) ** 2;
      if (d < best) best = d;
    }
    return best;
  };
  let [x, y] = start;
  let best = clearance(x, y);
  let step = Math.sqrt(best) / 4;
  const directions = Array.from({ length: 8 }, (_, i) => [
    Math.cos((i * Math.PI) / 4),
    Math.sin((i * Math.PI) / 4),
  ]);
  while (step > 0.001) {
    let moved = false;
    for (const [dx, dy] of directions) {
      const nx = x + dx! * step;
      const ny = y + dy! * step;
      if (Math.hypot(nx - start[0], ny - start[1]) > MAX_CENTRE_SHIFT_MM) continue;
      const value = clearance(nx, ny);
      if (value > best) {
        best = value;
        x = nx;
        y = ny;
        moved = true;
      }
    }
    if (!moved) step /= 2;
  }
  return [x, y];
}

/** The vertices' mean and principal directions, least spread first (a ring's axis usually). */
function principalAxes(positions: Float32Array, vertexCount: number): { mean: Vector3; axes: Vector3[] } {
  let sx = 0;
  let sy = 0;
  let sz = 0;
  for (let i = 0; i < vertexCount; i++) {
    sx += positions[i * 3]!;
    sy += positions[i * 3 + 1]!;
    sz += positions[i * 3 + 2]!;
  }
  const mean: Vector3 = [sx / vertexCount, sy / vertexCount, sz / vertexCount];
  let xx = 0;
  let xy = 0;
  let xz = 0;
  let yy = 0;
  let yz = 0;
  let zz = 0;
  for (let i = 0; i < vertexCount; i++) {
    const x = positions[i * 3]! - mean[0];
    const y = positions[i * 3 + 1]! - mean[1];
    const z = positions[i * 3 + 2]! - mean[2];
    xx += x * x;
    xy += x * y;
    xz += x * z;
    yy += y * y;
    yz += y * z;
    zz += z * z;
  }
  const m = [
    [xx, xy, xz],
    [xy, yy, yz],
    [xz, yz, zz],
  ];
  const { values, vectors } = symmetricEigen(m);
  const order = [0, 1, 2].sort((a, b) => values[a]! - values[b]!);
  return { mean, axes: order.map((k) => [vectors[0]![k]!, vectors[1]![k]!, vectors[2]![k]!] as Vector3) };
}

/** Eigenvalues and eigenvectors (as columns) of a symmetric 3×3 matrix, by Jacobi rotations. */
function symmetricEigen(input: number[][]): { values: number[]; vectors: number[][] } {
  const a = input.map((row) => [...row]);
  const vectors = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ];
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = a[0]![1]! ** 2 + a[0]![2]! ** 2 + a[1]![2]! ** 2;
    if (off < 1e-18 * (a[0]![0]! ** 2 + a[1]![1]! ** 2 + a[2]![2]! ** 2 + 1e-30)) break;
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const apq = a[p]![q]!;
      if (Math.abs(apq) < 1e-300) continue;
      const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k]![p]!;
        const akq = a[k]![q]!;
        a[k]![p] = c * akp - s * akq;
        a[k]![q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p]![k]!;
        const aqk = a[q]![k]!;
        a[p]![k] = c * apk - s * aqk;
        a[q]![k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = vectors[k]![p]!;
        const vkq = vectors[k]![q]!;
        vectors[k]![p] = c * vkp - s * vkq;
        vectors[k]![q] = s * vkp + c * vkq;
      }
    }
  }
  return { values: [a[0]![0]!, a[1]![1]!, a[2]![2]!], vectors };
}

function perpendicularBasis(axis: Vector3): [Vector3, Vector3] {
  const helper: Vector3 = Math.abs(axis[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u = normalise(cross(axis, helper));
  return [u, cross(axis, u)];
}

function cross(a: Vector3, b: Vector3): Vector3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalise(a: Vector3): Vector3 {
  const length = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / length, a[1] / length, a[2] / length];
}
