import type { IndexedMesh } from './mesh';

const HEADER_BYTES = 84;
const TRIANGLE_BYTES = 50;

/** Writes a binary STL (80-byte header, count, then normal + three corners per triangle). */
export function writeBinaryStl(mesh: IndexedMesh, header = 'Facet binary STL'): Uint8Array {
  const triangleCount = Math.floor(mesh.indices.length / 3);
  const bytes = new Uint8Array(HEADER_BYTES + TRIANGLE_BYTES * triangleCount);
  bytes.set(new TextEncoder().encode(header).subarray(0, 80));
  const view = new DataView(bytes.buffer);
  view.setUint32(80, triangleCount, true);
  const normal: [number, number, number] = [0, 0, 0];
  for (let t = 0; t < triangleCount; t++) {
    let at = HEADER_BYTES + t * TRIANGLE_BYTES;
    computeFaceNormal(mesh, t, normal);
    for (const value of normal) {
      view.setFloat32(at, value, true);
      at += 4;
    }
    for (let corner = 0; corner < 3; corner++) {
      const vertex = mesh.indices[t * 3 + corner]! * 3;
      for (let axis = 0; axis < 3; axis++) {
        view.setFloat32(at, mesh.positions[vertex + axis]!, true);
        at += 4;
      }
    }
  }
  return bytes;
}

/** Writes an ASCII STL whose numbers read back to exactly the same float32 values. */
export function writeAsciiStl(mesh: IndexedMesh, name = 'facet'): string {
  const triangleCount = Math.floor(mesh.indices.length / 3);
  const lines = [`solid ${name}`];
  const normal: [number, number, number] = [0, 0, 0];
  for (let t = 0; t < triangleCount; t++) {
    computeFaceNormal(mesh, t, normal);
    lines.push(`  facet normal ${normal.map(formatFloat32).join(' ')}`, '    outer loop');
    for (let corner = 0; corner < 3; corner++) {
      const vertex = mesh.indices[t * 3 + corner]! * 3;
      const p = mesh.positions;
      lines.push(
        `      vertex ${formatFloat32(p[vertex]!)} ${formatFloat32(p[vertex + 1]!)} ${formatFloat32(p[vertex + 2]!)}`,
      );
    }
    lines.push('    endloop', '  endfacet');
  }
  lines.push(`endsolid ${name}`, '');
  return lines.join('\n');
}

/** The shortest decimal that reads back as the same float32. */
export function formatFloat32(value: number): string {
  const target = Math.fround(value);
  if (Number.isInteger(target)) return String(target);
  for (let digits = 6; digits < 9; digits++) {
    const text = target.toPrecision(digits);
    if (Math.fround(Number(text)) === target) return String(Number(text));
  }
  return String(Number(target.toPrecision(9)));
}

function computeFaceNormal(mesh: IndexedMesh, triangle: number, out: [number, number, number]): void {
  const p = mesh.positions;
  const a = mesh.indices[triangle * 3]! * 3;
  const b = mesh.indices[triangle * 3 + 1]! * 3;
  const c = mesh.indices[triangle * 3 + 2]! * 3;
  const ux = p[b]! - p[a]!;
  const uy = p[b + 1]! - p[a + 1]!;
  const uz = p[b + 2]! - p[a + 2]!;
  const vx = p[c]! - p[a]!;
  const vy = p[c + 1]! - p[a + 1]!;
  const vz = p[c + 2]! - p[a + 2]!;
  const nx = uy * vz - uz * vy;
  const ny = uz * vx - ux * vz;
  const nz = ux * vy - uy * vx;
  const length = Math.hypot(nx, ny, nz) || 1;
  out[0] = nx / length;
  out[1] = ny / length;
  out[2] = nz / length;
}
