import type { IndexedMesh } from '../mesh';
import { PositionWelder } from './position-welder';

/** Welds nine floats per triangle (a "triangle soup", as STL stores it) into an indexed mesh. */
export function weldTriangleSoup(soup: Float32Array): IndexedMesh {
  const bits = new Int32Array(soup.buffer, soup.byteOffset, soup.length - (soup.length % 9));
  const vertexCount = bits.length / 3;
  const welder = new PositionWelder(Math.ceil(vertexCount / 6));
  const indices = new Uint32Array(vertexCount);
  for (let vertex = 0; vertex < vertexCount; vertex++) {
    const at = vertex * 3;
    indices[vertex] = welder.indexOfBits(bits[at]!, bits[at + 1]!, bits[at + 2]!);
  }
  return { positions: welder.positions(), indices };
}

/** Merges vertices at exactly the same position and drops vertices no triangle uses. */
export function weldIndexedMesh(mesh: IndexedMesh): IndexedMesh {
  const bits = new Int32Array(mesh.positions.buffer, mesh.positions.byteOffset, mesh.positions.length);
  const vertexCount = Math.floor(bits.length / 3);
  const welder = new PositionWelder(vertexCount);
  const remap = new Int32Array(vertexCount).fill(-1);
  const indices = new Uint32Array(mesh.indices.length);
  for (let i = 0; i < indices.length; i++) {
    const vertex = mesh.indices[i]!;
    let welded = remap[vertex]!;
    if (welded < 0) {
      const at = vertex * 3;
      welded = welder.indexOfBits(bits[at]!, bits[at + 1]!, bits[at + 2]!);
      remap[vertex] = welded;
    }
    indices[i] = welded;
  }
  return { positions: welder.positions(), indices };
}
