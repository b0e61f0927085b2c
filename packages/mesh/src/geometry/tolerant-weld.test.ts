import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { countEdges } from '../analysis/count-edges';
import { makeBox, makeTorus } from '../generate';
import type { IndexedMesh } from '../mesh';
import { parseModel } from '../parse';
import { writeBinaryStl } from '../write';
import { WELD_MAX_TOLERANCE_MM, weldToleranceFor, weldWithinTolerance } from './tolerant-weld';

const MAJOR = 64;
const MINOR = 24;

/** The next float32 above `value`: a difference in the last bit. */
function nextFloat32(value: number): number {
  const buffer = new Float32Array([value]);
  const bits = new Int32Array(buffer.buffer);
  bits[0]! += value >= 0 ? 1 : -1;
  return buffer[0]!;
}

/**
 * A torus as CAD exports it: the grid repeats its first row and column at angle 2π, computed
 * again (cos 2π, sin 2π) and off by a bit or two, rather than reusing the first vertices.
 */
function makeCadTorus(majorRadius = 9, minorRadius = 1.5): IndexedMesh {
  const positions = new Float32Array((MAJOR + 1) * (MINOR + 1) * 3);
  for (let i = 0; i <= MAJOR; i++) {
    const u = (2 * Math.PI * i) / MAJOR;
    for (let j = 0; j <= MINOR; j++) {
      const v = (2 * Math.PI * j) / MINOR;
      const at = (i * (MINOR + 1) + j) * 3;
      const ring = majorRadius + minorRadius * Math.cos(v);
      positions[at] = ring * Math.cos(u);
      positions[at + 1] = ring * Math.sin(u);
      positions[at + 2] = minorRadius * Math.sin(v);
      if (i === MAJOR || j === MINOR) {
        positions[at] = nextFloat32(positions[at]!);
        positions[at + 2] = nextFloat32(nextFloat32(positions[at + 2]!));
      }
    }
  }
  const indices: number[] = [];
  for (let i = 0; i < MAJOR; i++) {
    for (let j = 0; j < MINOR; j++) {
      const a = i * (MINOR + 1) + j;
      const b = (i + 1) * (MINOR + 1) + j;
      indices.push(a, b, a + 1, b, b + 1, a + 1);
    }
  }
  return { positions, indices: Uint32Array.from(indices) };
}

describe('tolerant welding', () => {
  it('closes a CAD torus whose seam vertices differ in the last bits', () => {
    const mesh = parseModel(writeBinaryStl(makeCadTorus()));
    const exactOnly = countEdges(mesh.indices, mesh.positions.length / 3);
    expect(exactOnly.boundaryEdges).toBe(2 * (MAJOR + MINOR));

    const analysis = analyseMesh(mesh);
    expect(analysis.watertight).toBe(true);
    expect(analysis.boundaryEdges).toBe(0);
    expect(analysis.openEdgeLoops).toEqual([]);
    expect(analysis.shells).toBe(1);
    expect(analysis.weldedVertices).toBe(MAJOR + MINOR + 1);
  });

  it('reports one hole loop where a face of the torus was removed', () => {
    const torus = makeTorus(20_000, 10, 2);
    const removed = 1234;
    const corners = [0, 1, 2].map((k) => torus.indices[removed * 3 + k]!);
    const indices = Uint32Array.from(
      Array.from(torus.indices).filter((_, i) => Math.floor(i / 3) !== removed),
    );
    const analysis = analyseMesh({ positions: torus.positions, indices });

    expect(analysis.watertight).toBe(false);
    expect(analysis.openEdgeLoops).toHaveLength(1);
    const [hole] = analysis.openEdgeLoops;
    expect(hole).toMatchObject({ kind: 'hole', edges: 3 });
    for (let axis = 0; axis < 3; axis++) {
      const expected = corners.reduce((sum, v) => sum + torus.positions[v * 3 + axis]!, 0) / 3;
      expect(hole!.centreMm[axis]).toBeCloseTo(expected, 4);
    }
  });

  it('keeps a 0.01 mm feature: nothing a jeweller models is merged', () => {
    const tiny = makeBox(0.01, 0.01, 0.01);
    const weld = weldWithinTolerance(tiny);
    expect(weld.mergedVertices).toBe(0);
    expect(analyseMesh(tiny).watertight).toBe(true);
  });

  it('ties the tolerance to the model scale and keeps it far below 0.01 mm', () => {
    const ring = makeTorus(2_000, 10, 2).positions;
    const tolerance = weldToleranceFor(ring);
    expect(tolerance).toBeGreaterThan(1e-5);
    expect(tolerance).toBeLessThanOrEqual(WELD_MAX_TOLERANCE_MM);
    const bigger = ring.map((value) => value * 2);
    expect(weldToleranceFor(bigger)).toBeCloseTo(tolerance * 2, 9);
    const huge = ring.map((value) => value * 1000);
    expect(weldToleranceFor(huge)).toBe(WELD_MAX_TOLERANCE_MM);
  });

  it('groups the edges of a fin shared by three faces as a non-manifold loop', () => {
    const fin: IndexedMesh = {
      positions: Float32Array.of(0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1),
      indices: Uint32Array.of(0, 1, 2, 1, 0, 3, 0, 1, 4),
    };
    const [loop] = analyseMesh(fin).openEdgeLoops;
    expect(loop).toMatchObject({ kind: 'non-manifold', edges: 7 });
  });
});
