import { countEdges, type OpenEdges } from './analysis/count-edges';
import { groupOpenEdges, type OpenEdgeLoop } from './analysis/group-open-edges';
import { measureRing, type RingMeasure } from './analysis/measure-ring';
import { measureSurface } from './analysis/measure-surface';
import {
  measureThickness,
  prepareThickness,
  sharedMesh,
  type ThicknessJob,
  type ThicknessOptions,
  type ThicknessUnknown,
  unknownThickness,
  type WallThickness,
} from './analysis/measure-thickness';
import { MeshError } from './errors';
import { weldToleranceForBox, weldWithinTolerance } from './geometry/tolerant-weld';
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
  /** Open edges' vertices closer than this were merged, then edges matched again (tolerant-weld.ts). */
  weldToleranceMm: number;
  weldedVertices: number;
  /** Open and non-manifold edges grouped into loops, largest first, with where they are. */
  openEdgeLoops: OpenEdgeLoop[];
  /** The ring's hole and axis when the piece is a band around a finger's hole (measure-ring.ts), else null. */
  ring: RingMeasure | null;
}

export type { OpenEdgeLoop, RingMeasure, ThicknessOptions, WallThickness };

/**
 * Measures a mesh: size, area, volume, pieces and whether it is closed. Vertices closer than the
 * welding tolerance are merged first, so a seam that differs in the last bits still closes.
 */
export function analyseMesh(mesh: IndexedMesh): MeshAnalysis {
  return analyseAndWeld(mesh).analysis;
}

export interface MeshAnalysisWithThickness extends MeshAnalysis {
  thickness: WallThickness;
}

/**
 * `analyseMesh` and the wall thickness over the whole surface (see measure-thickness.ts). An
 * open model has no inside, so its thickness is unknown, with the reason.
 */
export function analyseMeshWithThickness(
  mesh: IndexedMesh,
  options: ThicknessOptions = {},
): { analysis: MeshAnalysisWithThickness; vertexThicknessMm?: Float32Array; welded: IndexedMesh } {
  const { analysis, welded } = analyseAndWeld(mesh);
  const open = openModelThickness(analysis);
  if (open) return { analysis: { ...analysis, thickness: open }, welded };
  const measured = measureThickness(welded, options);
  return {
    analysis: { ...analysis, thickness: measured.thickness },
    vertexThicknessMm: measured.vertexThicknessMm,
    welded,
  };
}

/**
 * The analysis and, for a closed mesh, the welded mesh in shared memory, from which threads prepare
 * its wall's measure (`prepareThicknessSurface` and `buildThicknessBvh`, side by side) and then
 * measure it in parts (`measureThicknessPart`, `finishThickness`); or why it cannot be measured.
 */
export function analyseMeshForThickness(mesh: IndexedMesh): {
  analysis: MeshAnalysis;
  welded: IndexedMesh | ThicknessUnknown;
} {
  const { analysis, welded } = analyseAndWeld(mesh);
  return { analysis, welded: openModelThickness(analysis) ?? sharedMesh(welded) };
}

/**
 * The mesh welded as the analysis welds it, and what measuring its wall needs (in this thread), or
 * why it cannot be measured: for a preview that carries the wall at its vertices.
 */
export function prepareMeshThickness(mesh: IndexedMesh): {
  welded: IndexedMesh;
  job: ThicknessJob | ThicknessUnknown;
} {
  const { analysis, welded } = analyseAndWeld(mesh);
  return { welded, job: openModelThickness(analysis) ?? prepareThickness(welded) };
}

function openModelThickness(analysis: MeshAnalysis): ThicknessUnknown | undefined {
  if (analysis.watertight) return undefined;
  return unknownThickness({ code: analysis.triangleCount === 0 ? 'no-triangles' : 'open', params: {} });
}

function analyseAndWeld(mesh: IndexedMesh): { analysis: MeshAnalysis; welded: IndexedMesh } {
  const { positions, indices } = mesh;
  if (indices.length % 3 !== 0) {
    throw new MeshError('MALFORMED', {
      key: 'mesh.indices-not-triangles',
      params: { indices: indices.length },
    });
  }
  const vertexCount = Math.floor(positions.length / 3);
  const surface = measureSurface(positions, indices);
  let openEdges: OpenEdges = [];
  // Both ends of every edge not shared by two faces wound opposite ways: the ring's rim is looked
  // for there as well as on the outline's edges (measure-ring.ts), through the edges' fans.
  let unpairedVertices = new Uint8Array(vertexCount);
  let edges = countEdges(indices, vertexCount, openEdges, unpairedVertices);
  let welded = mesh;
  let weld = { toleranceMm: weldToleranceForBox(surface.min, surface.max), mergedVertices: 0 };
  if (openEdges.length > 0) {
    const onOpenEdges = new Uint8Array(vertexCount);
    for (let e = 0; e < openEdges.length; e += 3) {
      onOpenEdges[openEdges[e]!] = 1;
      onOpenEdges[openEdges[e + 1]!] = 1;
    }
    const tolerant = weldWithinTolerance(mesh, weld.toleranceMm, onOpenEdges);
    if (tolerant.mergedVertices > 0) {
      weld = tolerant;
      welded = tolerant.mesh;
      openEdges = [];
      unpairedVertices = new Uint8Array(vertexCount);
      edges = countEdges(welded.indices, vertexCount, openEdges, unpairedVertices);
    }
  }
  const triangleCount = indices.length / 3;
  const empty = triangleCount === 0;
  const min: Vector3 = empty ? [0, 0, 0] : surface.min;
  const max: Vector3 = empty ? [0, 0, 0] : surface.max;
  const analysis: MeshAnalysis = {
    triangleCount,
    vertexCount,
    boundingBoxMm: { min, max, size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]] },
    surfaceAreaMm2: surface.surfaceArea,
    volumeMm3: surface.volume,
    shells: edges.shells,
    watertight: !empty && edges.boundaryEdges === 0 && edges.nonManifoldEdges === 0,
    boundaryEdges: edges.boundaryEdges,
    nonManifoldEdges: edges.nonManifoldEdges,
    inconsistentEdges: edges.inconsistentEdges,
    degenerateFaces: surface.degenerateFaces,
    weldToleranceMm: weld.toleranceMm,
    weldedVertices: weld.mergedVertices,
    openEdgeLoops: groupOpenEdges(openEdges, welded.positions),
    ring: empty
      ? null
      : measureRing(welded.positions, welded.indices, { unpairedVertices, fans: edges.fans }),
  };
  return { analysis, welded };
}
