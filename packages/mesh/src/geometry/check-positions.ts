import { MeshError } from '../errors';

/** Multiplies every coordinate by `factor` (a unit conversion) in place. */
export function scalePositions(positions: Float32Array, factor: number): void {
  if (factor === 1) return;
  for (let i = 0; i < positions.length; i++) positions[i]! *= factor;
}

export function assertFinitePositions(positions: Float32Array): void {
  for (let i = 0; i < positions.length; i++) {
    if (!Number.isFinite(positions[i]!)) {
      throw new MeshError('NON_FINITE', {
        key: 'mesh.vertex-not-finite',
        params: { vertex: Math.floor(i / 3) + 1, value: String(positions[i]) },
      });
    }
  }
}

/** `firstTriangle` numbers the triangles in the message when `indices` is a slice. */
export function assertIndicesInRange(indices: Uint32Array, vertexCount: number, firstTriangle = 0): void {
  for (let i = 0; i < indices.length; i++) {
    if (indices[i]! >= vertexCount) {
      throw new MeshError('BAD_INDEX', {
        key: 'mesh.triangle-vertex-missing',
        params: {
          triangle: firstTriangle + Math.floor(i / 3) + 1,
          vertex: indices[i]! + 1,
          vertices: vertexCount,
        },
      });
    }
  }
}
