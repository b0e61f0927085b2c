import { type Box3, BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three';
import {
  CENTER,
  type ExtendedTriangle,
  INTERSECTED,
  MeshBVH,
  NOT_INTERSECTED,
  type SerializedBVH,
} from 'three-mesh-bvh';
import type { IndexedMesh } from '../mesh';
import { sayThicknessReason, type ThicknessReason } from './thickness-reasons';

type Vector = [number, number, number];

/** Thin regions are the connected parts of the surface thinner than this (above every alloy's minimum). */
export const THIN_REGION_LIMIT_MM = 1.2;
/** The area thinner than each of these is kept, so any alloy's minimum can be judged later. */
export const THICKNESS_STEPS_MM = Array.from(
  { length: 40 },
  (_, k) => Math.round((0.05 + k * 0.05) * 100) / 100,
);
export const THIN_REGIONS_LISTED = 20;
/** More unmeasured points than this share means the inside of the model is not well defined. */
const UNMEASURED_SHARE_LIMIT = 0.02;
/**
 * Walls that turn more than 60° from the ray (at an edge, the faces beside the vertex that the
 * ray leaves slantwise) bound neither side of the wall being measured.
 */
const WALL_FACING_COSINE = 0.5;
/**
 * A vertex is on a sharp edge when one of its faces turns more than about 25° from its normal. Only
 * there is the sphere step needed: on a smooth surface the ray is right to first order, and the
 * sphere's search would be slow (from the axis of a round wire every wall is equally near).
 */
const SHARP_EDGE_COSINE = 0.9;

export interface ThinRegion {
  minMm: number;
  thinnestAtMm: Vector;
  centreMm: Vector;
  boxMm: { min: Vector; max: Vector };
  areaMm2: number;
}

export interface ThicknessMeasured {
  measured: true;
  minWallMm: number;
  /** Where the thinnest point is. */
  thinnestAtMm: Vector;
  /** `areaBelowMm2[k]`: surface area thinner than `THICKNESS_STEPS_MM[k]`. */
  areaBelowMm2: number[];
  thinRegions: ThinRegion[];
  samples: number;
}

/**
 * Why the wall could not be measured: `code` and `params` for each reader's language (core's
 * catalogue), `reason` the same in English, for logs (analyses stored before codes have only it).
 */
export type ThicknessUnknown = { measured: false; reason: string } & ThicknessReason;

export type WallThickness = ThicknessMeasured | ThicknessUnknown;

export interface ThicknessOptions {
  /** Give up (thickness unknown) after this long. */
  timeLimitMs?: number;
  /** Also return the thickness at every vertex (NaN where unmeasured), for a thickness map. */
  withVertexThickness?: boolean;
}

export interface ThicknessResult {
  thickness: WallThickness;
  vertexThicknessMm?: Float32Array;
}

/**
 * What every thread measuring a part of the surface needs; with `shared`, all of it lives in
 * SharedArrayBuffers, so the threads read one copy (the BVH is built once, then deserialised).
 */
export interface ThicknessJob {
  positions: Float32Array;
  indices: Uint32Array;
  normals: Float32Array;
  sharp: Uint8Array;
  vertexAreas: Float64Array;
  /** +1 when the faces are wound outwards, −1 when the mesh is inside out. */
  orientation: number;
  /** Hits closer than this to the ray's start are the vertex's own faces. */
  nearMm: number;
  bvh: SerializedBVH;
  /** Vertices sampled together (see `clusterVertices`): cluster c is `clusterMembers[clusterStart[c] … clusterStart[c + 1]]`, its first member measured for all. */
  clusterStart: Uint32Array;
  clusterMembers: Uint32Array;
  /** Clusters whose sample is thinner than this have every member measured. */
  refineBelowMm: number;
  /** The next cluster to take: threads take blocks of clusters from it until none is left. */
  nextCluster: Int32Array;
  /** Per vertex (written by the threads): NaN where no wall was found, `BURIED`, or `NOT_SAMPLED`. */
  thicknessMm: Float32Array;
}

export interface ThicknessPart {
  timedOut: boolean;
}

/**
 * Local wall thickness at every vertex of a closed, welded mesh (`weldWithinTolerance`), in this
 * thread: `prepareThickness`, `measureThicknessPart` over all vertices, `finishThickness`. The
 * worker splits the middle step over its threads.
 *
 * The ray method: a ray from the vertex inwards, along the reversed normal, to the first wall it
 * meets. At a sharp edge the normal is an average of the faces' and the ray crosses the wall
 * slantwise (across a plate's edge, √2 times the plate). So at sharp edges an inscribed-sphere step
 * follows: from the point halfway along the ray, the nearest wall facing away from the vertex and
 * the nearest wall facing it are found; the two distances add up to the wall's thickness there,
 * wherever between the walls the point is. Faces at right angles to the ray (the sides beside a
 * vertex at an edge) count for neither, or every point near an edge would read as thin.
 */
export function measureThickness(mesh: IndexedMesh, options: ThicknessOptions = {}): ThicknessResult {
  const deadline = Date.now() + (options.timeLimitMs ?? Number.POSITIVE_INFINITY);
  const job = prepareThickness(mesh);
  if ('measured' in job) return { thickness: job };
  const part = measureThicknessPart(job, deadline);
  return finishThickness(job, [part], options);
}

/**
 * Rays cast for the first pass at most (about 0.3 s on one thread). A finer mesh is sampled: its
 * vertices are grouped by a grid whose cells are sized for this many, and by the way they face, and
 * one vertex per group is measured for all. On a 20 mm ring the cells are under 0.1 mm, far below
 * any feature a jeweller draws. Where a sample is thin (near any alloy's minimum), every vertex of
 * its group is measured after all, so thin walls are measured at full resolution.
 */
export const SAMPLED_RAYS = 65_536;
/** A measured value meaning the vertex lies inside another shell (no wall of the piece there). */
const BURIED = -1;
/** A vertex whose group's sample stands for it. */
const NOT_SAMPLED = -2;
const CLUSTERS_PER_TAKE = 64;

/** What measuring the wall needs, made once; in shared memory with `shared`, for threads to measure in parts. */
export function prepareThickness(mesh: IndexedMesh, shared = false): ThicknessJob | ThicknessUnknown {
  const surface = prepareThicknessSurface(shared ? sharedMesh(mesh) : mesh, shared);
  if ('measured' in surface) return surface;
  return { ...surface, bvh: buildThicknessBvh(surface, shared) };
}

/** Everything a `ThicknessJob` holds but its BVH, which `buildThicknessBvh` can make at the same time. */
export type ThicknessSurface = Omit<ThicknessJob, 'bvh'>;

/**
 * The surface half of `prepareThickness`: normals, areas, sampling clusters and sharp vertices.
 * With `shared`, `mesh` must already be in shared memory (`sharedMesh`) and so is everything made.
 */
export function prepareThicknessSurface(
  mesh: IndexedMesh,
  shared = false,
): ThicknessSurface | ThicknessUnknown {
  const { positions, indices } = mesh;
  const triangleCount = Math.floor(indices.length / 3);
  if (triangleCount === 0) return unknownThickness({ code: 'no-triangles', params: {} });
  const orientation = Math.sign(signedVolume(positions, indices));
  if (orientation === 0) return unknownThickness({ code: 'no-volume', params: {} });
  const normals = vertexNormals(positions, indices, shared);
  let scale = 0;
  for (let i = 0; i < positions.length; i++) scale = Math.max(scale, Math.abs(positions[i]!));
  const vertexAreas = vertexAreasOf(positions, indices, shared);
  const clusters = clusterVertices(positions, normals, vertexAreas, shared);
  const vertexCount = positions.length / 3;
  const thicknessMm = new Float32Array(
    shared ? new SharedArrayBuffer(vertexCount * 4) : new ArrayBuffer(vertexCount * 4),
  ).fill(NOT_SAMPLED);
  return {
    positions,
    indices,
    normals,
    sharp: findSharpVertices(positions, indices, normals, shared),
    vertexAreas,
    orientation,
    nearMm: Math.max(1e-6, scale * 1e-7),
    ...clusters,
    nextCluster: new Int32Array(shared ? new SharedArrayBuffer(4) : new ArrayBuffer(4)),
    thicknessMm,
  };
}

/** The BVH half of `prepareThickness`, in shared memory with `shared` (the mesh's too, then). */
export function buildThicknessBvh(mesh: IndexedMesh, shared = false): SerializedBVH {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(mesh.indices, 1));
  // Indirect: the BVH sorts a list of triangle numbers, not the index itself, so it needs no copy of it.
  const bvh = new MeshBVH(geometry, { strategy: CENTER, indirect: true, useSharedArrayBuffer: shared });
  return MeshBVH.serialize(bvh, { cloneBuffers: false });
}

/** The mesh in shared memory, for threads to read the same copy. */
export function sharedMesh(mesh: IndexedMesh): IndexedMesh {
  return { positions: copyToShared(mesh.positions), indices: copyToShared(mesh.indices) };
}

/**
 * Groups the vertices with area for sampling: by grid cell (sized so that about `SAMPLED_RAYS`
 * cells hold surface) and by the axis their normal points along most, so the two sides of a thin
 * wall never share a sample. A mesh with few enough vertices has one group per vertex.
 */
function clusterVertices(
  positions: Float32Array,
  normals: Float32Array,
  vertexAreas: Float64Array,
  shared: boolean,
): { clusterStart: Uint32Array; clusterMembers: Uint32Array; refineBelowMm: number } {
  const vertexCount = positions.length / 3;
  let withArea = 0;
  let surfaceArea = 0;
  const low = [Infinity, Infinity, Infinity];
  const high = [-Infinity, -Infinity, -Infinity];
  for (let v = 0; v < vertexCount; v++) {
    if (vertexAreas[v] === 0) continue;
    withArea++;
    surfaceArea += vertexAreas[v]!;
    for (let axis = 0; axis < 3; axis++) {
      low[axis] = Math.min(low[axis]!, positions[v * 3 + axis]!);
      high[axis] = Math.max(high[axis]!, positions[v * 3 + axis]!);
    }
  }
  let cell = withArea > SAMPLED_RAYS ? Math.sqrt(surfaceArea / SAMPLED_RAYS) : 0;
  const cellsAlong = (axis: number) => Math.floor((high[axis]! - low[axis]!) / cell) + 1;
  // Keys must stay exact integers.
  if (cell > 0 && cellsAlong(0) * cellsAlong(1) * cellsAlong(2) * 6 > Number.MAX_SAFE_INTEGER) cell = 0;
  const [, ny, nz] = cell > 0 ? [cellsAlong(0), cellsAlong(1), cellsAlong(2)] : [0, 0, 0];
  const clusterOf = new Int32Array(vertexCount).fill(-1);
  const sizes: number[] = [];
  const cells = new CellTable(withArea);
  for (let v = 0; v < vertexCount; v++) {
    if (vertexAreas[v] === 0) continue;
    let cluster = sizes.length;
    if (cell > 0) {
      const ix = Math.floor((positions[v * 3]! - low[0]!) / cell);
      const iy = Math.floor((positions[v * 3 + 1]! - low[1]!) / cell);
      const iz = Math.floor((positions[v * 3 + 2]! - low[2]!) / cell);
      const key = ((ix * ny + iy) * nz + iz) * 6 + facingOf(normals, v);
      cluster = cells.findOrAdd(key, cluster);
    }
    if (cluster === sizes.length) sizes.push(0);
    clusterOf[v] = cluster;
    sizes[cluster]!++;
  }
  const allocate = (length: number) =>
    new Uint32Array(shared ? new SharedArrayBuffer(length * 4) : new ArrayBuffer(length * 4));
  const clusterStart = allocate(sizes.length + 1);
  for (let c = 0; c < sizes.length; c++) clusterStart[c + 1] = clusterStart[c]! + sizes[c]!;
  const clusterMembers = allocate(withArea);
  const filled = clusterStart.slice(0, sizes.length);
  for (let v = 0; v < vertexCount; v++) {
    const cluster = clusterOf[v]!;
    if (cluster >= 0) clusterMembers[filled[cluster]!++] = v;
  }
  // Across one cell a wall changes by about its diagonal at most (a slope of 1 along the surface).
  return { clusterStart, clusterMembers, refineBelowMm: THIN_REGION_LIMIT_MM + Math.sqrt(3) * cell };
}

/** Grid cell → cluster: open addressing over typed arrays (a Map of 500,000 numbers is slow to fill). */
class CellTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;

  constructor(entries: number) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(2, entries * 2)));
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value stored for `key`, or stores `value` for it and returns that. */
  findOrAdd(key: number, value: number): number {
    let slot = Math.imul((key % 2_147_483_647) | 0, 0x9e3779b1) & this.mask;
    for (;;) {
      const found = this.keys[slot]!;
      if (found === key) return this.values[slot]!;
      if (found === -1) {
        this.keys[slot] = key;
        this.values[slot] = value;
        return value;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** 0–5: the axis (x, y, z) and sign along which the vertex's normal points most. */
function facingOf(normals: Float32Array, v: number): number {
  const x = normals[v * 3]!;
  const y = normals[v * 3 + 1]!;
  const z = normals[v * 3 + 2]!;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  if (ax >= ay && ax >= az) return x >= 0 ? 0 : 1;
  if (ay >= az) return y >= 0 ? 2 : 3;
  return z >= 0 ? 4 : 5;
}

/**
 * A function measuring one vertex: its thickness, NaN where no wall was found, or `BURIED`. It
 * reuses its objects between calls, so it allocates nothing per ray but the hits.
 */
function createVertexMeasurer(job: ThicknessJob): (v: number) => number {
  const { positions, normals, sharp, orientation, nearMm } = job;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  const bvh = MeshBVH.deserialize(job.bvh, geometry, { setIndex: true });
  const ray = new Ray();
  const inward = new Vector3();
  const centre = new Vector3();
  const closest = new Vector3();
  const faceNormal = new Vector3();
  let toFarWall = 0;
  let toNearWall = 0;
  const sphereSearch = {
    boundsTraverseOrder: (box: Box3) => box.distanceToPoint(centre),
    intersectsBounds: (_box: Box3, _isLeaf: boolean, score: number | undefined) =>
      score !== undefined && score < Math.max(toFarWall, toNearWall) ? INTERSECTED : NOT_INTERSECTED,
    intersectsTriangle: (triangle: ExtendedTriangle) => {
      const facing = triangle.getNormal(faceNormal).dot(inward) * orientation;
      if (Math.abs(facing) < WALL_FACING_COSINE) return false;
      const distance = triangle.closestPointToPoint(centre, closest).distanceTo(centre);
      if (facing > 0) toFarWall = Math.min(toFarWall, distance);
      else toNearWall = Math.min(toNearWall, distance);
      return false;
    },
  };

  return (v: number): number => {
    inward.set(-normals[v * 3]!, -normals[v * 3 + 1]!, -normals[v * 3 + 2]!).multiplyScalar(orientation);
    if (inward.lengthSq() === 0) return Number.NaN;
    ray.origin.set(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!);
    ray.direction.copy(inward);
    const hit = bvh.raycastFirst(ray, DoubleSide, nearMm);
    if (!hit) return Number.NaN;
    // The first wall is where the metal ends, unless the ray runs into another shell of the piece
    // (a prong set into the band: shells that overlap, as CAD exports often have them).
    if (!leaves(hit, inward, orientation) || hit.distance < THIN_REGION_LIMIT_MM) {
      const throughMetal = distanceThroughMetal(bvh, ray, nearMm, inward, orientation);
      // Buried in another shell: not on the piece's surface, so no wall of it.
      if (throughMetal === INSIDE_ANOTHER_SHELL) return BURIED;
      if (throughMetal !== hit.distance) return throughMetal;
    }
    if (!sharp[v]) return hit.distance;
    const radius = hit.distance / 2;
    centre.copy(ray.origin).addScaledVector(inward, radius);
    toFarWall = radius;
    toNearWall = radius;
    bvh.shapecast(sphereSearch);
    return toFarWall + toNearWall;
  };
}

/**
 * Takes blocks of clusters from `job.nextCluster` until none is left (every thread measuring the
 * same job runs this at once) and writes the thickness of their vertices into `job.thicknessMm`.
 * Gives up (`timedOut`) at `deadline` (epoch ms).
 */
export function measureThicknessPart(job: ThicknessJob, deadline: number): ThicknessPart {
  const { clusterStart, clusterMembers, thicknessMm } = job;
  const measureVertex = createVertexMeasurer(job);
  const clusterCount = clusterStart.length - 1;
  for (;;) {
    const first = Atomics.add(job.nextCluster, 0, CLUSTERS_PER_TAKE);
    if (first >= clusterCount) return { timedOut: false };
    if (Date.now() > deadline) return { timedOut: true };
    const last = Math.min(clusterCount, first + CLUSTERS_PER_TAKE);
    for (let c = first; c < last; c++) {
      const start = clusterStart[c]!;
      const end = clusterStart[c + 1]!;
      const sample = measureVertex(clusterMembers[start]!);
      thicknessMm[clusterMembers[start]!] = sample;
      if (sample >= 0 && sample < job.refineBelowMm && end - start > 1) {
        for (let m = start + 1; m < end; m++)
          thicknessMm[clusterMembers[m]!] = measureVertex(clusterMembers[m]!);
      } else if (!(sample >= 0)) {
        // No wall found, or buried: the group may straddle a seam between shells, so measure all.
        for (let m = start + 1; m < end; m++)
          thicknessMm[clusterMembers[m]!] = measureVertex(clusterMembers[m]!);
      }
    }
  }
}

const INSIDE_ANOTHER_SHELL = -1;
/** Hits closer together than this along a ray are one crossing (0.1 µm, far below any feature). */
const SAME_CROSSING_MM = 1e-4;

/** Whether the ray leaves the metal through the face it hit (the face looks the way the ray goes). */
function leaves(
  hit: { face?: { normal: Vector3 } | null },
  direction: Vector3,
  orientation: number,
): boolean {
  return (hit.face?.normal.dot(direction) ?? 0) * orientation > 0;
}

/**
 * How far the ray runs through metal, where shells may overlap: every face it crosses is an entry into
 * a shell or an exit from one. Counted over the whole ray, exits less entries is how many shells hold
 * its origin (1: only its own). From there the metal ends where that count first falls to 0. Where
 * entries and exits meet at one point (shells that touch), entries count first, so a seam between
 * two shells is not taken for the end of the metal.
 */
function distanceThroughMetal(
  bvh: MeshBVH,
  ray: Ray,
  nearMm: number,
  direction: Vector3,
  orientation: number,
): number {
  const crossings = bvh
    .raycast(ray, DoubleSide, nearMm)
    .map((hit) => ({ distance: hit.distance, exit: leaves(hit, direction, orientation) }))
    .sort((a, b) => a.distance - b.distance || Number(a.exit) - Number(b.exit))
    // A ray through an edge or a corner hits every face that meets there: one crossing all the same.
    .filter(
      (crossing, i, all) =>
        i === 0 ||
        crossing.exit !== all[i - 1]!.exit ||
        crossing.distance - all[i - 1]!.distance > SAME_CROSSING_MM,
    );
  let holding = 0;
  for (const crossing of crossings) holding += crossing.exit ? 1 : -1;
  if (holding > 1) return INSIDE_ANOTHER_SHELL;
  for (const crossing of crossings) {
    holding += crossing.exit ? -1 : 1;
    if (holding <= 0) return crossing.distance;
  }
  return crossings.at(-1)?.distance ?? 0;
}

/** Puts the parts together: the minimum, the area below each step and the thin regions. */
/** Puts the parts together: each vertex's value, the minimum, the area below each step and the thin regions. */
export function finishThickness(
  job: ThicknessJob,
  parts: ThicknessPart[],
  options: ThicknessOptions = {},
): ThicknessResult {
  if (parts.some((part) => part.timedOut)) {
    const seconds = Math.round((options.timeLimitMs ?? 0) / 1000);
    return unknown({ code: 'too-detailed', params: { seconds } });
  }
  const { clusterStart, clusterMembers } = job;
  const thickness = new Float32Array(job.positions.length / 3).fill(Number.NaN);
  let used = 0;
  let unmeasured = 0;
  for (let c = 0; c + 1 < clusterStart.length; c++) {
    const sample = job.thicknessMm[clusterMembers[clusterStart[c]!]!]!;
    for (let m = clusterStart[c]!; m < clusterStart[c + 1]!; m++) {
      const v = clusterMembers[m]!;
      const own = job.thicknessMm[v]!;
      const value = own === NOT_SAMPLED ? sample : own;
      if (value === BURIED) continue;
      used++;
      if (Number.isNaN(value)) unmeasured++;
      else thickness[v] = value;
    }
  }
  if (used === 0) return unknown({ code: 'no-area', params: {} });
  if (unmeasured > used * UNMEASURED_SHARE_LIMIT) {
    return unknown({ code: 'no-wall-behind', params: { percent: Math.round((unmeasured / used) * 100) } });
  }
  const result: ThicknessResult = {
    thickness: summarise(job.positions, job.indices, thickness, job.vertexAreas, used - unmeasured),
  };
  if (options.withVertexThickness) result.vertexThicknessMm = thickness;
  return result;
}

/**
 * The thickness at the given vertices only, each measured (no sampling): for a preview, whose
 * vertices are a few of the model's. NaN where no wall was found or the vertex is buried.
 */
export function measureThicknessAt(job: ThicknessJob, vertices: Uint32Array): Float32Array {
  const measureVertex = createVertexMeasurer(job);
  return Float32Array.from(vertices, (v) => {
    const value = measureVertex(v);
    return value >= 0 ? value : Number.NaN;
  });
}

function copyToShared<T extends Float32Array | Uint32Array | Float64Array>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  (copy as Float32Array).set(array as Float32Array);
  return copy;
}

/** Why the wall could not be measured, with the reason's English beside its code. */
export function unknownThickness(why: ThicknessReason): ThicknessUnknown {
  return { measured: false, reason: sayThicknessReason(why), ...why };
}

function unknown(why: ThicknessReason): ThicknessResult {
  return { thickness: unknownThickness(why) };
}

function summarise(
  positions: Float32Array,
  indices: Uint32Array,
  thickness: Float32Array,
  vertexAreas: Float64Array,
  samples: number,
): ThicknessMeasured {
  const vertexCount = thickness.length;
  let minWallMm = Number.POSITIVE_INFINITY;
  let thinnest = 0;
  const areaBelowMm2 = THICKNESS_STEPS_MM.map(() => 0);
  for (let v = 0; v < vertexCount; v++) {
    const value = thickness[v]!;
    if (Number.isNaN(value)) continue;
    if (value < minWallMm) {
      minWallMm = value;
      thinnest = v;
    }
    for (let k = THICKNESS_STEPS_MM.length - 1; k >= 0 && value < THICKNESS_STEPS_MM[k]!; k--) {
      areaBelowMm2[k]! += vertexAreas[v]!;
    }
  }
  return {
    measured: true,
    minWallMm,
    thinnestAtMm: pointAt(positions, thinnest),
    areaBelowMm2,
    thinRegions: findThinRegions(positions, indices, thickness, vertexAreas),
    samples,
  };
}

/** Vertices thinner than the limit, joined along the triangles' edges, make one region each. */
function findThinRegions(
  positions: Float32Array,
  indices: Uint32Array,
  thickness: Float32Array,
  vertexAreas: Float64Array,
): ThinRegion[] {
  const vertexCount = thickness.length;
  const isThin = (v: number) => thickness[v]! < THIN_REGION_LIMIT_MM;
  const parent = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) parent[v] = v;
  const find = (start: number): number => {
    let v = start;
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]!]!;
      v = parent[v]!;
    }
    return v;
  };
  const join = (a: number, b: number) => {
    if (!isThin(a) || !isThin(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let t = 0; t + 2 < indices.length; t += 3) {
    join(indices[t]!, indices[t + 1]!);
    join(indices[t + 1]!, indices[t + 2]!);
    join(indices[t + 2]!, indices[t]!);
  }

  interface Accumulator {
    min: number;
    thinnest: number;
    area: number;
    weighted: Vector;
    low: Vector;
    high: Vector;
  }
  const regions = new Map<number, Accumulator>();
  for (let v = 0; v < vertexCount; v++) {
    if (!isThin(v)) continue;
    const root = find(v);
    let region = regions.get(root);
    if (!region) {
      region = {
        min: Number.POSITIVE_INFINITY,
        thinnest: v,
        area: 0,
        weighted: [0, 0, 0],
        low: [Infinity, Infinity, Infinity],
        high: [-Infinity, -Infinity, -Infinity],
      };
      regions.set(root, region);
    }
    if (thickness[v]! < region.min) {
      region.min = thickness[v]!;
      region.thinnest = v;
    }
    const area = vertexAreas[v]!;
    region.area += area;
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[v * 3 + axis]!;
      region.weighted[axis]! += value * area;
      if (value < region.low[axis]!) region.low[axis] = value;
      if (value > region.high[axis]!) region.high[axis] = value;
    }
  }
  return [...regions.values()]
    .sort((left, right) => left.min - right.min || right.area - left.area)
    .slice(0, THIN_REGIONS_LISTED)
    .map((region) => ({
      minMm: region.min,
      thinnestAtMm: pointAt(positions, region.thinnest),
      centreMm:
        region.area > 0
          ? [
              region.weighted[0] / region.area,
              region.weighted[1] / region.area,
              region.weighted[2] / region.area,
            ]
          : pointAt(positions, region.thinnest),
      boxMm: { min: region.low, max: region.high },
      areaMm2: region.area,
    }));
}

function pointAt(positions: Float32Array, v: number): Vector {
  return [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!];
}

/**
 * Each face's unit normal weighted by its angle at the vertex: at an edge between two flat faces
 * the normal bisects them however finely either is cut into triangles.
 */
function vertexNormals(positions: Float32Array, indices: Uint32Array, shared: boolean): Float32Array {
  const bytes = positions.length * 4;
  const normals = new Float32Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const addCorner = (v: number, from: number, to: number, nx: number, ny: number, nz: number) => {
    const ux = positions[from * 3]! - positions[v * 3]!;
    const uy = positions[from * 3 + 1]! - positions[v * 3 + 1]!;
    const uz = positions[from * 3 + 2]! - positions[v * 3 + 2]!;
    const wx = positions[to * 3]! - positions[v * 3]!;
    const wy = positions[to * 3 + 1]! - positions[v * 3 + 1]!;
    const wz = positions[to * 3 + 2]! - positions[v * 3 + 2]!;
    const lengths = hypot3(ux, uy, uz) * hypot3(wx, wy, wz);
    if (lengths === 0) return;
    const angle = Math.acos(Math.max(-1, Math.min(1, (ux * wx + uy * wy + uz * wz) / lengths)));
    normals[v * 3]! += nx * angle;
    normals[v * 3 + 1]! += ny * angle;
    normals[v * 3 + 2]! += nz * angle;
  };
  forEachTriangle(positions, indices, (a, b, c, nx, ny, nz) => {
    const length = hypot3(nx, ny, nz);
    if (length === 0) return;
    const ux = nx / length;
    const uy = ny / length;
    const uz = nz / length;
    addCorner(a, b, c, ux, uy, uz);
    addCorner(b, c, a, ux, uy, uz);
    addCorner(c, a, b, ux, uy, uz);
  });
  for (let v = 0; v < normals.length; v += 3) {
    const length = hypot3(normals[v]!, normals[v + 1]!, normals[v + 2]!);
    if (length > 0) {
      normals[v]! /= length;
      normals[v + 1]! /= length;
      normals[v + 2]! /= length;
    }
  }
  return normals;
}

function findSharpVertices(
  positions: Float32Array,
  indices: Uint32Array,
  normals: Float32Array,
  shared: boolean,
): Uint8Array {
  const length = positions.length / 3;
  const sharp = new Uint8Array(shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  const check = (v: number, nx: number, ny: number, nz: number, faceLength: number) => {
    const cosine = (nx * normals[v * 3]! + ny * normals[v * 3 + 1]! + nz * normals[v * 3 + 2]!) / faceLength;
    if (cosine < SHARP_EDGE_COSINE) sharp[v] = 1;
  };
  forEachTriangle(positions, indices, (a, b, c, nx, ny, nz) => {
    const faceLength = hypot3(nx, ny, nz);
    if (faceLength === 0) return;
    check(a, nx, ny, nz, faceLength);
    check(b, nx, ny, nz, faceLength);
    check(c, nx, ny, nz, faceLength);
  });
  return sharp;
}

/** A third of the area of each face at each of its corners. */
function vertexAreasOf(positions: Float32Array, indices: Uint32Array, shared: boolean): Float64Array {
  const bytes = (positions.length / 3) * 8;
  const areas = new Float64Array(shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  forEachTriangle(positions, indices, (a, b, c, nx, ny, nz) => {
    const third = hypot3(nx, ny, nz) / 6;
    areas[a]! += third;
    areas[b]! += third;
    areas[c]! += third;
  });
  return areas;
}

function signedVolume(positions: Float32Array, indices: Uint32Array): number {
  let sixVolume = 0;
  const [ox, oy, oz] = pointAt(positions, 0);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ax = positions[a]! - ox;
    const ay = positions[a + 1]! - oy;
    const az = positions[a + 2]! - oz;
    const bx = positions[b]! - ox;
    const by = positions[b + 1]! - oy;
    const bz = positions[b + 2]! - oz;
    const cx = positions[c]! - ox;
    const cy = positions[c + 1]! - oy;
    const cz = positions[c + 2]! - oz;
    sixVolume += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return sixVolume / 6;
}

function forEachTriangle(
  positions: Float32Array,
  indices: Uint32Array,
  visit: (a: number, b: number, c: number, nx: number, ny: number, nz: number) => void,
): void {
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    const ux = positions[b * 3]! - positions[a * 3]!;
    const uy = positions[b * 3 + 1]! - positions[a * 3 + 1]!;
    const uz = positions[b * 3 + 2]! - positions[a * 3 + 2]!;
    const wx = positions[c * 3]! - positions[a * 3]!;
    const wy = positions[c * 3 + 1]! - positions[a * 3 + 1]!;
    const wz = positions[c * 3 + 2]! - positions[a * 3 + 2]!;
    visit(a, b, c, uy * wz - uz * wy, uz * wx - ux * wz, ux * wy - uy * wx);
  }
}

/** `Math.hypot` of three, without its overflow guard (several times faster; millimetres never overflow). */
function hypot3(x: number, y: number, z: number): number {
  return Math.sqrt(x * x + y * y + z * z);
}
