/** Faces meeting at a sharper angle than this keep their own normal, so edges stay crisp. */
const CREASE_COSINE = Math.cos((40 * Math.PI) / 180);

/**
 * One normal per triangle corner: the area-weighted vertex normal where the surface is smooth,
 * the face normal across a crease (the edges of a box, the table of a gem).
 */
export function computeCornerNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const faceNormals = new Float32Array(indices.length);
  const vertexNormals = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ux = positions[b]! - positions[a]!;
    const uy = positions[b + 1]! - positions[a + 1]!;
    const uz = positions[b + 2]! - positions[a + 2]!;
    const vx = positions[c]! - positions[a]!;
    const vy = positions[c + 1]! - positions[a + 1]!;
    const vz = positions[c + 2]! - positions[a + 2]!;
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const vertex of [a, b, c]) {
      vertexNormals[vertex]! += nx;
      vertexNormals[vertex + 1]! += ny;
      vertexNormals[vertex + 2]! += nz;
    }
    const length = Math.hypot(nx, ny, nz) || 1;
    faceNormals[t] = nx / length;
    faceNormals[t + 1] = ny / length;
    faceNormals[t + 2] = nz / length;
  }
  normalizeAll(vertexNormals);
  const corners = new Float32Array(indices.length * 3);
  for (let i = 0; i < indices.length; i++) {
    const face = i - (i % 3);
    const vertex = indices[i]! * 3;
    const fx = faceNormals[face]!;
    const fy = faceNormals[face + 1]!;
    const fz = faceNormals[face + 2]!;
    const vx = vertexNormals[vertex]!;
    const vy = vertexNormals[vertex + 1]!;
    const vz = vertexNormals[vertex + 2]!;
    const smooth = fx * vx + fy * vy + fz * vz >= CREASE_COSINE;
    corners[i * 3] = smooth ? vx : fx;
    corners[i * 3 + 1] = smooth ? vy : fy;
    corners[i * 3 + 2] = smooth ? vz : fz;
  }
  return corners;
}

function normalizeAll(vectors: Float32Array): void {
  for (let i = 0; i < vectors.length; i += 3) {
    const length = Math.hypot(vectors[i]!, vectors[i + 1]!, vectors[i + 2]!) || 1;
    vectors[i]! /= length;
    vectors[i + 1]! /= length;
    vectors[i + 2]! /= length;
  }
}
