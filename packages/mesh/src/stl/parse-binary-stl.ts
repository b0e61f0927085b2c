import { formatBytes, formatCount, MeshError } from '../errors';
import { PositionWelder } from '../geometry/position-welder';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import {
  BINARY_STL_HEADER_BYTES,
  BINARY_STL_TRIANGLE_BYTES,
  readDeclaredTriangleCount,
} from './binary-stl-layout';

const EXPONENT_BITS = 0x7f800000;

/** Parses a binary STL, welding corners at identical positions. Coordinates stay in file units. */
export function parseBinaryStl(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  const triangleCount = checkDeclaredCount(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const welder = new PositionWelder(Math.ceil(triangleCount / 2));
  const indices = new Uint32Array(triangleCount * 3);
  for (let triangle = 0; triangle < triangleCount; triangle++) {
    let at = BINARY_STL_HEADER_BYTES + triangle * BINARY_STL_TRIANGLE_BYTES + 12;
    for (let corner = 0; corner < 3; corner++, at += 12) {
      const x = view.getInt32(at, true);
      const y = view.getInt32(at + 4, true);
      const z = view.getInt32(at + 8, true);
      if (
        (x & EXPONENT_BITS) === EXPONENT_BITS ||
        (y & EXPONENT_BITS) === EXPONENT_BITS ||
        (z & EXPONENT_BITS) === EXPONENT_BITS
      ) {
        throw makeNonFiniteCornerError(view, at, triangle);
      }
      indices[triangle * 3 + corner] = welder.indexOfBits(x, y, z);
    }
  }
  return { positions: welder.positions(), indices };
}

/** The triangle count, once it is known to match the file size and the limits. */
function checkDeclaredCount(bytes: Uint8Array, limits: ParseLimits): number {
  if (bytes.length < BINARY_STL_HEADER_BYTES) {
    throw new MeshError(
      'TRUNCATED',
      `The STL file is only ${formatBytes(bytes.length)} long; even an empty binary STL has an 84-byte header.`,
    );
  }
  const declared = readDeclaredTriangleCount(bytes);
  const expectedBytes = BINARY_STL_HEADER_BYTES + BINARY_STL_TRIANGLE_BYTES * declared;
  const room = Math.floor((bytes.length - BINARY_STL_HEADER_BYTES) / BINARY_STL_TRIANGLE_BYTES);
  if (expectedBytes > bytes.length) {
    if (declared > limits.maxTriangles || room * 2 < declared) {
      throw new MeshError(
        'ABSURD_COUNT',
        `The STL declares ${formatCount(declared)} triangles but the file only has room for ${formatCount(room)}; its header is damaged.`,
      );
    }
    throw new MeshError(
      'TRUNCATED',
      `The STL declares ${formatCount(declared)} triangles (${formatBytes(expectedBytes)}) but the file ends after ${formatBytes(bytes.length)}, as if the upload or export was cut off.`,
    );
  }
  if (expectedBytes < bytes.length) {
    throw new MeshError(
      'MALFORMED',
      `The STL declares ${formatCount(declared)} triangles (${formatBytes(expectedBytes)}) but the file is ${formatBytes(bytes.length)} long; its header does not match its contents.`,
    );
  }
  if (declared > limits.maxTriangles) {
    throw new MeshError(
      'TOO_LARGE',
      `The STL has ${formatCount(declared)} triangles; we accept at most ${formatCount(limits.maxTriangles)}. Please reduce the mesh before uploading.`,
    );
  }
  if (declared === 0) throw new MeshError('EMPTY_MESH', 'The STL file contains no triangles.');
  return declared;
}

function makeNonFiniteCornerError(view: DataView, at: number, triangle: number): MeshError {
  const values = [view.getFloat32(at, true), view.getFloat32(at + 4, true), view.getFloat32(at + 8, true)];
  return new MeshError(
    'NON_FINITE',
    `Triangle ${formatCount(triangle + 1)} of the STL has a corner at (${values.join(', ')}), which is not a position in space.`,
  );
}
