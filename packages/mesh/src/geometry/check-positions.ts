import { formatCount, MeshError } from '../errors';

/** Multiplies every coordinate by `factor` (a unit conversion) in place. */
export function scalePositions(positions: Float32Array, factor: number): void {
  if (factor === 1) return;
  for (let i = 0; i < positions.length; i++) positions[i]! *= factor;
}

export function assertFinitePositions(positions: Float32Array): void {
  for (let i = 0; i < positions.length; i++) {
    if (!Number.isFinite(positions[i]!)) {
      throw new MeshError(
        'NON_FINITE',
        `Vertex ${formatCount(Math.floor(i / 3) + 1)} has a coordinate that is not a finite number of millimetres (${positions[i]}).`,
      );
    }
  }
}

/** `firstTriangle` numbers the triangles in the message when `indices` is a slice. */
export function assertIndicesInRange(indices: Uint32Array, vertexCount: number, firstTriangle = 0): void {
  for (let i = 0; i < indices.length; i++) {
    if (indices[i]! >= vertexCount) {
      throw new MeshError(
        'BAD_INDEX',
        `Triangle ${formatCount(firstTriangle + Math.floor(i / 3) + 1)} refers to vertex ${formatCount(indices[i]! + 1)}, but the model has only ${formatCount(vertexCount)} vertices.`,
      );
    }
  }
}
