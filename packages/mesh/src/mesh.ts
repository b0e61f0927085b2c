/** Triangles in millimetres: three floats per vertex, three vertex indices per triangle. */
export interface IndexedMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

export type ModelFormat = 'stl' | 'obj' | '3mf';
