import { MeshError } from '../errors';
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
    throw new MeshError('TRUNCATED', { key: 'mesh.stl.header-missing', params: { bytes: bytes.length } });
  }
  const declared = readDeclaredTriangleCount(bytes);
  const expectedBytes = BINARY_STL_HEADER_BYTES + BINARY_STL_TRIANGLE_BYTES * declared;
  const room = Math.floor((bytes.length - BINARY_STL_HEADER_BYTES) / BINARY_STL_TRIANGLE_BYTES);
  if (expectedBytes > bytes.length) {
    if (declared > limits.maxTriangles || room * 2 < declared) {
      throw new MeshError('ABSURD_COUNT', { key: 'mesh.stl.count-absurd', params: { declared, room } });
    }
    throw new MeshError('TRUNCATED', {
      key: 'mesh.stl.cut-off',
      params: { declared, expectedBytes, bytes: bytes.length },
    });
  }
  if (expectedBytes < bytes.length) {
    throw new MeshError('MALFORMED', {
      key: 'mesh.stl.size-mismatch',
      params: { declared, expectedBytes, bytes: bytes.length },
    });
  }
  if (declared > limits.maxTriangles) {
    throw new MeshError('TOO_LARGE', {
      key: 'mesh.stl.too-many-triangles',
      params: { triangles: declared, max: limits.maxTriangles },
    });
  }
  if (declared === 0) throw new MeshError('EMPTY_MESH', { key: 'mesh.stl.no-triangles', params: {} });
  return declared;
}

function makeNonFiniteCornerError(view: DataView, at: number, triangle: number): MeshError {
  const values = [view.getFloat32(at, true), view.getFloat32(at + 4, true), view.getFloat32(at + 8, true)];
  return new MeshError('NON_FINITE', {
    key: 'mesh.stl.corner-not-finite',
    params: { triangle: triangle + 1, corner: values.join(', ') },
  });
}
