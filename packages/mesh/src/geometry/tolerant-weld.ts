import type { IndexedMesh } from '../mesh';

/**
 * The welding tolerance: one millionth of the model's bounding-box diagonal, but never less than
 * 8 float32 steps at its largest coordinate (so coordinates that differ only in their last bits,
 * as CAD exports write cos 2π ≠ 1, always meet), and never more than 0.1 µm — a hundred times
 * below the 0.01 mm of the finest detail a jeweller models, so no feature is ever merged away.
 */
export const WELD_RELATIVE_TOLERANCE = 1e-6;
export const WELD_FLOAT_STEPS = 8;
export const WELD_MAX_TOLERANCE_MM = 1e-4;
const FLOAT32_EPSILON = 2 ** -23;

export function weldToleranceFor(positions: Float32Array): number {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 2 < positions.length; i += 3) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[i + axis]!;
      if (value < min[axis]!) min[axis] = value;
      if (value > max[axis]!) max[axis] = value;
    }
  }
  return weldToleranceForBox(min, max);
}

/** The same tolerance from the model's bounding box, when it is already known (measure-surface.ts). */
export function weldToleranceForBox(
  min: readonly [number, number, number],
  max: readonly [number, number, number],
): number {
  if (!(min[0] <= max[0])) return 0; // no vertices
  let largest = 0;
  for (let axis = 0; axis < 3; axis++) {
    largest = Math.max(largest, Math.abs(min[axis]!), Math.abs(max[axis]!));
  }
  if (largest === 0) return 0;
  const diagonal = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
  const floatSteps = WELD_FLOAT_STEPS * largest * FLOAT32_EPSILON;
  return Math.min(WELD_MAX_TOLERANCE_MM, Math.max(diagonal * WELD_RELATIVE_TOLERANCE, floatSteps));
}

export interface TolerantWeld {
  mesh: IndexedMesh;
  toleranceMm: number;
  /** Vertices merged into a neighbour closer than the tolerance. */
  mergedVertices: number;
}

/** Cells this many tolerances wide hold about one vertex each; a vertex seldom sits near a border. */
const CELL_TOLERANCES = 64;

/**
 * Merges each vertex into the first kept vertex within the tolerance (so a merged vertex never
 * moves further than the tolerance), found through a hash grid of kept vertices. Only the
 * `candidates` (all when left out) take part: a crack's two sides are both open edges, so
 * `analyseMesh` passes the vertices of open edges and a closed mesh costs nothing. The positions
 * are kept as they are; the indices of merged vertices are redirected.
 */
export function weldWithinTolerance(
  mesh: IndexedMesh,
  toleranceMm = weldToleranceFor(mesh.positions),
  candidates?: Uint8Array,
): TolerantWeld {
  const { positions, indices } = mesh;
  const vertexCount = Math.floor(positions.length / 3);
  if (toleranceMm <= 0 || vertexCount === 0) return { mesh, toleranceMm, mergedVertices: 0 };
  const cell = toleranceMm * CELL_TOLERANCES;
  const toleranceSquared = toleranceMm * toleranceMm;
  const used = candidates ?? new Uint8Array(vertexCount);
  if (!candidates)
    for (let i = 0; i < indices.length; i++) if (indices[i]! < vertexCount) used[indices[i]!] = 1;

  let candidateCount = 0;
  for (let v = 0; v < vertexCount; v++) candidateCount += used[v]!;
  const tableSize = nextPowerOfTwo(Math.max(1024, candidateCount * 2));
  const mask = tableSize - 1;
  const tableKeys = new Int32Array(tableSize * 3);
  const tableHeads = new Int32Array(tableSize).fill(-1);
  const nextInCell = new Int32Array(vertexCount).fill(-1);
  const remap = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) remap[v] = v;
  let merged = 0;

  const findSlot = (cx: number, cy: number, cz: number, insert: boolean): number => {
    let slot = hashCell(cx, cy, cz) & mask;
    for (;;) {
      if (tableHeads[slot] === -1) return insert ? slot : -1;
      const at = slot * 3;
      if (tableKeys[at] === cx && tableKeys[at + 1] === cy && tableKeys[at + 2] === cz) return slot;
      slot = (slot + 1) & mask;
    }
  };

  for (let v = 0; v < vertexCount; v++) {
    if (!used[v]) continue;
    const x = positions[v * 3]!;
    const y = positions[v * 3 + 1]!;
    const z = positions[v * 3 + 2]!;
    let match = -1;
    const x0 = Math.floor((x - toleranceMm) / cell);
    const x1 = Math.floor((x + toleranceMm) / cell);
    const y0 = Math.floor((y - toleranceMm) / cell);
    const y1 = Math.floor((y + toleranceMm) / cell);
    const z0 = Math.floor((z - toleranceMm) / cell);
    const z1 = Math.floor((z + toleranceMm) / cell);
    search: for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (let cz = z0; cz <= z1; cz++) {
          const slot = findSlot(cx, cy, cz, false);
          if (slot < 0) continue;
          for (let k = tableHeads[slot]!; k >= 0; k = nextInCell[k]!) {
            const dx = positions[k * 3]! - x;
            const dy = positions[k * 3 + 1]! - y;
            const dz = positions[k * 3 + 2]! - z;
            if (dx * dx + dy * dy + dz * dz <= toleranceSquared) {
              match = k;
              break search;
            }
          }
        }
      }
    }
    if (match >= 0) {
      remap[v] = match;
      merged++;
      continue;
    }
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    const cz = Math.floor(z / cell);
    const slot = findSlot(cx, cy, cz, true);
    tableKeys[slot * 3] = cx;
    tableKeys[slot * 3 + 1] = cy;
    tableKeys[slot * 3 + 2] = cz;
    nextInCell[v] = tableHeads[slot]!;
    tableHeads[slot] = v;
  }
  if (merged === 0) return { mesh, toleranceMm, mergedVertices: 0 };

  const welded = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    const vertex = indices[i]!;
    welded[i] = vertex < vertexCount ? remap[vertex]! : vertex;
  }
  return { mesh: { positions, indices: welded }, toleranceMm, mergedVertices: merged };
}

function hashCell(x: number, y: number, z: number): number {
  let h = Math.imul(x, 0x8da6b343);
  h ^= Math.imul(y, 0xd8163841);
  h ^= Math.imul(z, 0xcb1ab31f);
  return h ^ (h >>> 15);
}

function nextPowerOfTwo(value: number): number {
  let size = 1;
  while (size < value) size *= 2;
  return size;
}
