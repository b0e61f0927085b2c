import { MeshError } from '../errors';
import { GrowableFloat32Array } from '../geometry/growable-array';
import { weldTriangleSoup } from '../geometry/weld';
import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import type { MeshMessage } from '../mesh-messages';
import { TextScanner } from '../text/text-scanner';
import { startsWithSolid } from './starts-with-solid';

/**
 * Parses an ASCII STL (`solid … facet normal … outer loop vertex ×3 endloop endfacet … endsolid`),
 * several solids in a row allowed. A loop of more than three vertices is split as a fan.
 */
export function parseAsciiStl(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  const scanner = new TextScanner(bytes, 'STL');
  const soup = new GrowableFloat32Array(Math.min(limits.maxTriangles * 9, Math.ceil(bytes.length / 25)));
  const polygon = new GrowableFloat32Array(16);
  let triangles = 0;
  const where = { facet: 0, vertex: 0 };
  const describe = (): MeshMessage =>
    where.vertex > 0
      ? { key: 'mesh.place.stl-facet-vertex', params: { facet: where.facet, vertex: where.vertex } }
      : { key: 'mesh.place.stl-facet', params: { facet: where.facet } };
  if (!startsWithSolid(bytes)) throw scanner.malformed({ key: 'mesh.detail.stl-solid-first', params: {} });
  scanner.skipLine();
  for (;;) {
    scanner.skipWhitespace();
    if (scanner.atEnd()) break;
    if (scanner.acceptWord('endsolid')) {
      scanner.skipLine();
      scanner.skipWhitespace();
      if (scanner.atEnd()) break;
      if (!scanner.acceptWord('solid'))
        throw scanner.malformed({
          key: 'mesh.detail.stl-solid-expected',
          params: { found: scanner.peekToken() },
        });
      scanner.skipLine();
      continue;
    }
    if (!scanner.acceptWord('facet')) {
      throw scanner.malformed({
        key: 'mesh.detail.stl-facet-expected',
        params: { found: scanner.peekToken() },
      });
    }
    where.facet++;
    where.vertex = 0;
    skipNormal(scanner);
    scanner.expectWord('outer', describe);
    scanner.expectWord('loop', describe);
    readLoop(scanner, polygon, where, describe);
    where.vertex = 0;
    scanner.expectWord('endfacet', describe);
    if (triangles + polygon.length / 3 - 2 > limits.maxTriangles) {
      throw new MeshError('TOO_LARGE', {
        key: 'mesh.stl.more-than-max-triangles',
        params: { max: limits.maxTriangles },
      });
    }
    triangles += appendFan(polygon, soup);
  }
  if (triangles === 0) throw new MeshError('EMPTY_MESH', { key: 'mesh.stl.no-triangles', params: {} });
  return weldTriangleSoup(soup.data.subarray(0, soup.length));
}

/** The facet normal is recomputed from the vertices, so its values (sometimes "nan") are ignored. */
function skipNormal(scanner: TextScanner): void {
  scanner.skipBlanks();
  if (!scanner.acceptWord('normal')) return;
  for (let i = 0; i < 3; i++) {
    scanner.skipBlanks();
    if (scanner.atLineEnd()) break;
    scanner.pos = scanner.tokenEnd();
  }
}

function readLoop(
  scanner: TextScanner,
  polygon: GrowableFloat32Array,
  where: { vertex: number },
  describe: () => MeshMessage,
): void {
  polygon.length = 0;
  for (;;) {
    scanner.skipWhitespace();
    if (scanner.atEnd()) {
      throw scanner.truncated({ key: 'mesh.detail.stl-no-endloop', params: { place: describe() } });
    }
    if (scanner.acceptWord('endloop')) break;
    if (!scanner.acceptWord('vertex')) {
      throw scanner.malformed({
        key: 'mesh.detail.stl-vertex-expected',
        params: { place: describe(), found: scanner.peekToken() },
      });
    }
    where.vertex = polygon.length / 3 + 1;
    const x = readCoordinate(scanner, describe);
    const y = readCoordinate(scanner, describe);
    const z = readCoordinate(scanner, describe);
    polygon.push3(x, y, z);
  }
  where.vertex = 0;
  if (polygon.length < 9) {
    throw scanner.malformed({ key: 'mesh.detail.stl-too-few-vertices', params: { place: describe() } });
  }
}

function readCoordinate(scanner: TextScanner, describe: () => MeshMessage): number {
  scanner.skipWhitespace();
  return scanner.readNumber(describe);
}

function appendFan(polygon: GrowableFloat32Array, soup: GrowableFloat32Array): number {
  const p = polygon.data;
  const corners = polygon.length / 3;
  for (let i = 1; i + 1 < corners; i++) {
    soup.push3(p[0]!, p[1]!, p[2]!);
    soup.push3(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!);
    soup.push3(p[i * 3 + 3]!, p[i * 3 + 4]!, p[i * 3 + 5]!);
  }
  return corners - 2;
}
