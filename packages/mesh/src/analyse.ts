import { countEdges } from './analysis/count-edges';
import { countShells } from './analysis/count-shells';
import { measureSurface } from './analysis/measure-surface';
import { MeshError } from './errors';
import type { IndexedMesh } from './mesh';

type Vector3 = [number, number, number];

export interface MeshAnalysis {
  triangleCount: number;
  vertexCount: number;
  boundingBoxMm: { min: Vector3; max: Vector3; size: Vector3 };
  surfaceAreaMm2: number;
  /** Absolute sum of signed tetrahedra; meaningful for a watertight, consistently wound mesh. */
  volumeMm3: number;
  /** Connected pieces of surface. */
  shells: number;
  /** Every edge is shared by exactly two faces. */
  watertight: boolean;
  boundaryEdges: number;
  nonManifoldEdges: number;
  /** Edges whose two faces are wound the same way along it (some faces are flipped). */
  inconsistentEdges: number;
  /** Zero area (to 1e-7 of the longest edge) or a repeated vertex. */
  degenerateFaces: number;
}

/** Measures a welded mesh: size, area, volume, pieces and whether it is closed. */
export function analyseMesh(mesh: IndexedMesh): MeshAnalysis {
  const { positions, indices } = mesh;
  if (indices.length % 3 !== 0) {
    throw new MeshError(
      'MALFORMED',
      `The mesh has ${indices.length} indices, which is not a whole number of triangles.`,
    );
  }
  const vertexCount = Math.floor(positions.length / 3);
  const surface = measureSurface(positions, indices);
  const edges = countEdges(indices, vertexCount);
  const triangleCount = indices.length / 3;
  const empty = triangleCount === 0;
  const min: Vector3 = empty ? [0, 0, 0] : surface.min;
  const max: Vector3 = empty ? [0, 0, 0] : surface.max;
  return {
    triangleCount,
    vertexCount,
    boundingBoxMm: { min, max, size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]] },
    surfaceAreaMm2: surface.surfaceArea,
    volumeMm3: surface.volume,
    shells: countShells(indices, vertexCount),
    watertight: !empty && edges.boundaryEdges === 0 && edges.nonManifoldEdges === 0,
    boundaryEdges: edges.boundaryEdges,
    nonManifoldEdges: edges.nonManifoldEdges,
    inconsistentEdges: edges.inconsistentEdges,
    degenerateFaces: surface.degenerateFaces,
  };
}
