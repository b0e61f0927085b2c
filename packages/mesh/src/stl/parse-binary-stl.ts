import { MeshError } from '../errors';
import { estimateCellSize } from '../geometry/cell-size';
import { CellWelder } from '../geometry/cell-welder';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import {
  BINARY_STL_HEADER_BYTES,
  BINARY_STL_TRIANGLE_BYTES,
  readDeclaredTriangleCount,
} from './binary-stl-layout';

const EXPONENT_BITS = 0x7f800000;
const NAN_BITS = 0x7fffffff;

/** Parses a binary STL, welding corners at identical positions. Coordinates stay in file units. */
export function parseBinaryStl(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  const triangleCount = checkDeclaredCount(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // A closed mesh has about half as many vertices as triangles.
  const cellMm = estimateCellSize(triangleCount, (triangle, corner, axis) =>
    view.getFloat32(
      BINARY_STL_HEADER_BYTES + triangle * BINARY_STL_TRIANGLE_BYTES + 12 + corner * 12 + axis * 4,
      true,
    ),
  );
  const welder = new CellWelder(Math.ceil(triangleCount / 2), cellMm);
  const indices = new Uint32Array(triangleCount * 3);
  // The previous triangle's corners (bits) and vertices: exporters write strips and fans, where most
  // corners repeat one of the triangle before, and those need no hashing. NaN bits match no corner.
  let ax = NAN_BITS;
  let ay = 0;
  let az = 0;
  let bx = NAN_BITS;
  let by = 0;
  let bz = 0;
  let cx = NAN_BITS;
  let cy = 0;
  let cz = 0;
  for (let triangle = 0; triangle < triangleCount; triangle++) {
    let at = BINARY_STL_HEADER_BYTES + triangle * BINARY_STL_TRIANGLE_BYTES + 12;
    const first = triangle * 3;
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
      let vertex: number;
      if (x === ax && y === ay && z === az) vertex = indices[first - 3]!;
      else if (x === bx && y === by && z === bz) vertex = indices[first - 2]!;
      else if (x === cx && y === cy && z === cz) vertex = indices[first - 1]!;
      else {
        vertex = welder.indexOf(
          x,
          y,
          z,
          view.getFloat32(at, true),
          view.getFloat32(at + 4, true),
          view.getFloat32(at + 8, true),
        );
      }
      indices[first + corner] = vertex;
    }
    at -= 36;
    ax = view.getInt32(at, true);
    ay = view.getInt32(at + 4, true);
    az = view.getInt32(at + 8, true);
    bx = view.getInt32(at + 12, true);
    by = view.getInt32(at + 16, true);
    bz = view.getInt32(at + 20, true);
    cx = view.getInt32(at + 24, true);
    cy = view.getInt32(at + 28, true);
    cz = view.getInt32(at + 32, true);
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
