import { assertIndicesInRange } from '../geometry/check-positions';

/** A triangle is degenerate when its height is below this fraction of its longest edge. */
const DEGENERATE_RELATIVE_HEIGHT = 1e-7;

export interface SurfaceMeasures {
  min: [number, number, number];
  max: [number, number, number];
  surfaceArea: number;
  /** Absolute value of the signed tetrahedra sum: the enclosed volume of a closed mesh. */
  volume: number;
  degenerateFaces: number;
}

/**
 * Bounding box, area, volume and degenerate faces in one pass over the triangles, which also
 * checks that every index names a vertex.
 */
export function measureSurface(positions: Float32Array, indices: Uint32Array): SurfaceMeasures {
  const vertexCount = Math.floor(positions.length / 3);
  let minX = Infinity;
  let minY = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let maxZ = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  const min: [number, number, number] = [minX, minY, minZ];
  const max: [number, number, number] = [maxX, maxY, maxZ];
  // Tetrahedra from a point near the mesh rather than the origin keep far-away models precise.
  const ox = positions[0] ?? 0;
  const oy = positions[1] ?? 0;
  const oz = positions[2] ?? 0;
  let doubleArea = 0;
  let sixVolume = 0;
  let degenerateFaces = 0;
  const limit = DEGENERATE_RELATIVE_HEIGHT * DEGENERATE_RELATIVE_HEIGHT;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    if (indices[t]! >= vertexCount || indices[t + 1]! >= vertexCount || indices[t + 2]! >= vertexCount) {
      assertIndicesInRange(indices.subarray(t, t + 3), vertexCount, t / 3);
    }
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ax = positions[a]! - ox;
    const ay = positions[a + 1]! - oy;
    const az = positions[a + 2]! - oz;
    const abx = positions[b]! - ox - ax;
    const aby = positions[b + 1]! - oy - ay;
    const abz = positions[b + 2]! - oz - az;
    const acx = positions[c]! - ox - ax;
    const acy = positions[c + 1]! - oy - ay;
    const acz = positions[c + 2]! - oz - az;
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = abx * acy - aby * acx;
    const crossSquared = nx * nx + ny * ny + nz * nz;
    doubleArea += Math.sqrt(crossSquared);
    // (a · (ab × ac)) is six times the signed volume of the tetrahedron (origin, a, b, c).
    sixVolume += ax * nx + ay * ny + az * nz;
    if (a === b || b === c || a === c) {
      degenerateFaces++;
      continue;
    }
    const bcx = acx - abx;
    const bcy = acy - aby;
    const bcz = acz - abz;
    const longest = Math.max(
      abx * abx + aby * aby + abz * abz,
      acx * acx + acy * acy + acz * acz,
      bcx * bcx + bcy * bcy + bcz * bcz,
    );
    // height² / longest² = |ab × ac|² / longest⁴
    if (crossSquared <= limit * longest * longest) degenerateFaces++;
  }
  return { min, max, surfaceArea: doubleArea / 2, volume: Math.abs(sixVolume / 6), degenerateFaces };
}
