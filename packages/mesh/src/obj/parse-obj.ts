import { MeshError } from '../errors';
import { GrowableFloat32Array, GrowableUint32Array } from '../geometry/growable-array';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import type { MeshMessage } from '../mesh-messages';
import { TextScanner } from '../text/text-scanner';

const SLASH = 0x2f;

/**
 * Parses the geometry of a Wavefront OBJ: `v` lines (a fourth `w` value or vertex colours are
 * ignored) and `f` lines, whose polygons are split into fans. Indices may be negative (relative
 * to the last vertex). All objects and groups become one mesh; everything else is ignored.
 */
export function parseObj(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  const scanner = new TextScanner(bytes, 'OBJ');
  const positions = new GrowableFloat32Array(Math.min(limits.maxVertices * 3, Math.ceil(bytes.length / 32)));
  const indices = new GrowableUint32Array(Math.min(limits.maxTriangles * 3, Math.ceil(bytes.length / 32)));
  const polygon = new GrowableUint32Array(16);
  const describeVertex = (): MeshMessage => ({
    key: 'mesh.place.obj-vertex',
    params: { vertex: positions.length / 3 + 1 },
  });
  while (!scanner.atEnd()) {
    scanner.skipBlanks();
    if (scanner.acceptWord('v')) {
      readVertex(scanner, positions, describeVertex);
      if (positions.length > limits.maxVertices * 3)
        throw makeTooManyError('mesh.obj.too-many-vertices', limits.maxVertices);
    } else if (scanner.acceptWord('f')) {
      readFace(scanner, polygon, positions.length / 3);
      if (indices.length + (polygon.length - 2) * 3 > limits.maxTriangles * 3) {
        throw makeTooManyError('mesh.obj.too-many-triangles', limits.maxTriangles);
      }
      appendFan(polygon, indices);
    }
    scanner.skipLine();
  }
  if (indices.length === 0) {
    throw new MeshError(
      'EMPTY_MESH',
      positions.length > 0
        ? { key: 'mesh.obj.vertices-no-faces', params: { vertices: positions.length / 3 } }
        : { key: 'mesh.obj.no-faces', params: {} },
    );
  }
  return { positions: positions.toArray(), indices: indices.toArray() };
}

function readVertex(
  scanner: TextScanner,
  positions: GrowableFloat32Array,
  describe: () => MeshMessage,
): void {
  const x = readCoordinate(scanner, describe);
  const y = readCoordinate(scanner, describe);
  const z = readCoordinate(scanner, describe);
  positions.push3(x, y, z);
}

function readCoordinate(scanner: TextScanner, describe: () => MeshMessage): number {
  scanner.skipBlanks();
  if (scanner.atLineEnd()) {
    throw scanner.malformed({ key: 'mesh.detail.obj-three-coordinates', params: { place: describe() } });
  }
  return scanner.readNumber(describe);
}

/** Reads `f a b c …` where each corner is `v`, `v/vt`, `v//vn` or `v/vt/vn`; keeps only `v`. */
function readFace(scanner: TextScanner, polygon: GrowableUint32Array, vertexCount: number): void {
  polygon.clear();
  for (;;) {
    scanner.skipBlanks();
    if (scanner.atLineEnd()) break;
    polygon.push(readVertexReference(scanner, vertexCount));
  }
  if (polygon.length < 3) throw scanner.malformed({ key: 'mesh.detail.obj-face-corners', params: {} });
}

function readVertexReference(scanner: TextScanner, vertexCount: number): number {
  const bytes = scanner.bytes;
  const end = scanner.tokenEnd();
  let at = scanner.pos;
  const negative = bytes[at] === 0x2d;
  if (negative || bytes[at] === 0x2b) at++;
  let value = 0;
  const digitsStart = at;
  for (; at < end && value < 1e12; at++) {
    const digit = bytes[at]! - 0x30;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (at === digitsStart || (at < end && bytes[at] !== SLASH)) {
    throw scanner.malformed({
      key: 'mesh.detail.obj-not-vertex-number',
      params: { text: scanner.peekToken() },
    });
  }
  const index = negative ? vertexCount - value : value - 1;
  if (value === 0 || index < 0 || index >= vertexCount) {
    throw new MeshError('BAD_INDEX', {
      key: 'mesh.obj.vertex-missing',
      params: { line: scanner.lineNumber(), vertex: negative ? -value : value, vertices: vertexCount },
    });
  }
  scanner.pos = end;
  return index;
}

function appendFan(polygon: GrowableUint32Array, indices: GrowableUint32Array): void {
  const corners = polygon.data;
  for (let i = 1; i + 1 < polygon.length; i++) indices.push3(corners[0]!, corners[i]!, corners[i + 1]!);
}

function makeTooManyError(
  key: 'mesh.obj.too-many-vertices' | 'mesh.obj.too-many-triangles',
  limit: number,
): MeshError {
  return new MeshError('TOO_LARGE', { key, params: { max: limit } });
}
