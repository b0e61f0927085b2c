import { formatCount, MeshError } from '../errors';
import { GrowableFloat32Array, GrowableUint32Array } from '../geometry/growable-array';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
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
  const describeVertex = () => `vertex ${formatCount(positions.length / 3 + 1)}`;
  while (!scanner.atEnd()) {
    scanner.skipBlanks();
    if (scanner.acceptWord('v')) {
      readVertex(scanner, positions, describeVertex);
      if (positions.length > limits.maxVertices * 3) throw makeTooManyError('vertices', limits.maxVertices);
    } else if (scanner.acceptWord('f')) {
      readFace(scanner, polygon, positions.length / 3);
      if (indices.length + (polygon.length - 2) * 3 > limits.maxTriangles * 3) {
        throw makeTooManyError('triangles', limits.maxTriangles);
      }
      appendFan(polygon, indices);
    }
    scanner.skipLine();
  }
  if (indices.length === 0) {
    const content =
      positions.length > 0
        ? `has ${formatCount(positions.length / 3)} vertices but no faces`
        : 'has no faces';
    throw new MeshError('EMPTY_MESH', `The OBJ file ${content}, so there is no surface to make.`);
  }
  return { positions: positions.toArray(), indices: indices.toArray() };
}

function readVertex(scanner: TextScanner, positions: GrowableFloat32Array, describe: () => string): void {
  const x = readCoordinate(scanner, describe);
  const y = readCoordinate(scanner, describe);
  const z = readCoordinate(scanner, describe);
  positions.push3(x, y, z);
}

function readCoordinate(scanner: TextScanner, describe: () => string): number {
  scanner.skipBlanks();
  if (scanner.atLineEnd()) throw scanner.malformed(`${describe()} needs three coordinates`);
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
  if (polygon.length < 3) throw scanner.malformed('a face needs at least three corners');
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
    throw scanner.malformed(`"${scanner.peekToken()}" is not a vertex number`);
  }
  const index = negative ? vertexCount - value : value - 1;
  if (value === 0 || index < 0 || index >= vertexCount) {
    throw new MeshError(
      'BAD_INDEX',
      `Line ${formatCount(scanner.lineNumber())} of the OBJ file refers to vertex ${negative ? '-' : ''}${formatCount(value)}, but only ${formatCount(vertexCount)} vertices are defined before it.`,
    );
  }
  scanner.pos = end;
  return index;
}

function appendFan(polygon: GrowableUint32Array, indices: GrowableUint32Array): void {
  const corners = polygon.data;
  for (let i = 1; i + 1 < polygon.length; i++) indices.push3(corners[0]!, corners[i]!, corners[i + 1]!);
}

function makeTooManyError(what: string, limit: number): MeshError {
  return new MeshError(
    'TOO_LARGE',
    `The OBJ file has more than ${formatCount(limit)} ${what}, the most we accept. Please reduce the mesh before uploading.`,
  );
}
