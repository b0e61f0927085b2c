import { describe, expect, it } from 'vitest';
import { makeTorus } from '../generate';
import { CellWelder } from './cell-welder';
import { PositionWelder } from './position-welder';

/** The torus's corners, triangle by triangle, as a binary STL lists them; shuffled when asked. */
function cornersOf(shuffle: boolean): Float32Array {
  const torus = makeTorus(20_000);
  const order = Array.from({ length: torus.indices.length / 3 }, (_, t) => t);
  if (shuffle) {
    let seed = 7;
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  const corners = new Float32Array(torus.indices.length * 3);
  order.forEach((triangle, k) => {
    for (let c = 0; c < 3; c++) {
      const vertex = torus.indices[triangle * 3 + c]!;
      corners.set(torus.positions.subarray(vertex * 3, vertex * 3 + 3), (k * 3 + c) * 3);
    }
  });
  return corners;
}

function weldWithCells(corners: Float32Array, cellMm: number, expectedVertices: number) {
  const bits = new Int32Array(corners.buffer);
  const welder = new CellWelder(expectedVertices, cellMm);
  const indices = new Uint32Array(corners.length / 3);
  for (let i = 0; i < indices.length; i++) {
    const at = i * 3;
    indices[i] = welder.indexOf(
      bits[at]!,
      bits[at + 1]!,
      bits[at + 2]!,
      corners[at]!,
      corners[at + 1]!,
      corners[at + 2]!,
    );
  }
  return { positions: welder.positions(), indices };
}

function weldWithHash(corners: Float32Array) {
  const bits = new Int32Array(corners.buffer);
  const welder = new PositionWelder(1024);
  const indices = new Uint32Array(corners.length / 3);
  for (let i = 0; i < indices.length; i++) {
    indices[i] = welder.indexOfBits(bits[i * 3]!, bits[i * 3 + 1]!, bits[i * 3 + 2]!);
  }
  return { positions: welder.positions(), indices };
}

/** Where two arrays first differ (-1: nowhere); far quicker than a deep equality on typed arrays. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

describe('CellWelder', () => {
  it('welds exactly as the plain hash does, in the same order, whatever the cell size', () => {
    for (const shuffle of [false, true]) {
      const corners = cornersOf(shuffle);
      const expected = weldWithHash(corners);
      // Cells of a hundredth of an edge, about two edges, and the whole piece (every bucket overflows).
      for (const cellMm of [0.002, 0.4, 100]) {
        for (const expectedVertices of [10, 10_000]) {
          const welded = weldWithCells(corners, cellMm, expectedVertices);
          expect(firstDifference(welded.indices, expected.indices)).toBe(-1);
          expect(firstDifference(welded.positions, expected.positions)).toBe(-1);
        }
      }
    }
  });

  it('takes -0 for 0 and tells apart positions one float step apart', () => {
    const corners = new Float32Array([0, 0, 1, -0, 0, 1, 0, -0, 1, 0, 0, 1 + 2 ** -23]);
    const welded = weldWithCells(corners, 0.5, 4);
    expect(Array.from(welded.indices)).toEqual([0, 0, 0, 1]);
    expect(welded.positions.length).toBe(6);
  });
});
