import type { IndexedMesh } from '../mesh';
import { estimateCellSize } from './cell-size';
import { CellWelder } from './cell-welder';
import { PositionWelder } from './position-welder';

/**
 * Welds nine floats per triangle (a "triangle soup", as STL stores it) into an indexed mesh, with the
 * cell layout that suits files whose neighbouring triangles come one after another (cell-welder.ts).
 */
export function weldTriangleSoup(soup: Float32Array): IndexedMesh {
  const floats = soup.length - (soup.length % 9);
  const bits = new Int32Array(soup.buffer, soup.byteOffset, floats);
  const cornerCount = floats / 3;
  const cellMm = estimateCellSize(
    floats / 9,
    (triangle, corner, axis) => soup[triangle * 9 + corner * 3 + axis]!,
  );
  // A closed mesh has about half as many vertices as triangles, a sixth of its corners.
  const welder = new CellWelder(Math.ceil(cornerCount / 6), cellMm);
  const indices = new Uint32Array(cornerCount);
  for (let corner = 0; corner < cornerCount; corner++) {
    const at = corner * 3;
    indices[corner] = welder.indexOf(
      bits[at]!,
      bits[at + 1]!,
      bits[at + 2]!,
      soup[at]!,
      soup[at + 1]!,
      soup[at + 2]!,
    );
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
