import type { IndexedMesh } from '../mesh';
import { formatFloat32 } from '../write';

/** An OBJ text of the mesh: `v` lines, then `f` lines with 1-based indices. */
export function buildObj(mesh: IndexedMesh, options: { negativeIndices?: boolean } = {}): string {
  const lines = ['# written by @facet/mesh tests', 'o model'];
  const p = mesh.positions;
  const vertexCount = p.length / 3;
  for (let i = 0; i < p.length; i += 3)
    lines.push(`v ${formatFloat32(p[i]!)} ${formatFloat32(p[i + 1]!)} ${formatFloat32(p[i + 2]!)}`);
  const reference = (index: number) => (options.negativeIndices ? index - vertexCount : index + 1);
  const t = mesh.indices;
  for (let i = 0; i < t.length; i += 3) {
    lines.push(`f ${reference(t[i]!)} ${reference(t[i + 1]!)} ${reference(t[i + 2]!)}`);
  }
  return `${lines.join('\n')}\n`;
}
