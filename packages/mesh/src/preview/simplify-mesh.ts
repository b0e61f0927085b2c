import { MeshoptSimplifier } from 'meshoptimizer';
import type { IndexedMesh } from '../mesh';

/** Relative to the mesh size; 1 lets the simplifier go as far as the target asks. */
const UNBOUNDED_ERROR = 1;

export interface SimplifiedMesh extends IndexedMesh {
  /** For each vertex, the vertex of the source mesh it is (the simplifier moves none). */
  sourceVertices: Uint32Array;
}

/**
 * Reduces a welded mesh to at most `targetTriangles` with meshoptimizer's edge-collapse
 * simplifier, falling back to its "sloppy" clustering when the topology stops it short
 * (many small loose parts, open borders). Unused vertices are dropped.
 */
export async function simplifyMesh(mesh: IndexedMesh, targetTriangles: number): Promise<SimplifiedMesh> {
  if (mesh.indices.length <= targetTriangles * 3) {
    return { ...mesh, sourceVertices: Uint32Array.from({ length: mesh.positions.length / 3 }, (_, v) => v) };
  }
  await MeshoptSimplifier.ready;
  const targetIndices = Math.max(3, Math.floor(targetTriangles) * 3);
  let [indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetIndices, UNBOUNDED_ERROR);
  if (indices.length > targetIndices) {
    [indices] = MeshoptSimplifier.simplifySloppy(
      indices,
      mesh.positions,
      3,
      null,
      targetIndices,
      UNBOUNDED_ERROR,
    );
  }
  if (indices.length > targetIndices) indices = indices.slice(0, targetIndices);
  return compactVertices(mesh.positions, indices);
}

function compactVertices(positions: Float32Array, indices: Uint32Array): SimplifiedMesh {
  const remap = new Int32Array(positions.length / 3).fill(-1);
  const compact = new Uint32Array(indices.length);
  const kept: number[] = [];
  for (let i = 0; i < indices.length; i++) {
    const vertex = indices[i]!;
    if (remap[vertex]! < 0) {
      remap[vertex] = kept.length;
      kept.push(vertex);
    }
    compact[i] = remap[vertex]!;
  }
  const out = new Float32Array(kept.length * 3);
  for (let i = 0; i < kept.length; i++) {
    const vertex = kept[i]!;
    out.set(positions.subarray(vertex * 3, vertex * 3 + 3), i * 3);
  }
  return { positions: out, indices: compact, sourceVertices: Uint32Array.from(kept) };
}
