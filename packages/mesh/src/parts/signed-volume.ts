import type { IndexedMesh } from '../mesh';

/** Sum of signed tetrahedra: positive when a closed mesh's faces point outwards. */
export function signedVolume(mesh: IndexedMesh): number {
  const p = mesh.positions;
  let sixVolume = 0;
  for (let t = 0; t + 2 < mesh.indices.length; t += 3) {
    const a = mesh.indices[t]! * 3;
    const b = mesh.indices[t + 1]! * 3;
    const c = mesh.indices[t + 2]! * 3;
    sixVolume +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return sixVolume / 6;
}
