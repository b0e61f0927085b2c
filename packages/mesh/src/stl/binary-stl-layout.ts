export const BINARY_STL_HEADER_BYTES = 84;
export const BINARY_STL_TRIANGLE_BYTES = 50;

export function readDeclaredTriangleCount(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(80, true);
}

/** Binary STL is recognised by its size: 84 + 50·n bytes, n being the count at offset 80. */
export function hasBinaryStlSize(bytes: Uint8Array): boolean {
  if (bytes.length < BINARY_STL_HEADER_BYTES) return false;
  const declared = readDeclaredTriangleCount(bytes);
  return BINARY_STL_HEADER_BYTES + BINARY_STL_TRIANGLE_BYTES * declared === bytes.length;
}

/**
 * A file whose size does not fit its count may still be a damaged binary STL. Its first triangle
 * tells: a unit (or zero) normal and finite, moderate coordinates. Random bytes rarely pass.
 */
export function looksLikeBinaryStlTriangle(bytes: Uint8Array): boolean {
  if (bytes.length < BINARY_STL_HEADER_BYTES + BINARY_STL_TRIANGLE_BYTES) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < 12; i++) {
    const value = view.getFloat32(BINARY_STL_HEADER_BYTES + i * 4, true);
    if (!Number.isFinite(value)) return false;
    if (i < 3 ? Math.abs(value) > 1.01 : Math.abs(value) > 1e7) return false;
  }
  return true;
}
