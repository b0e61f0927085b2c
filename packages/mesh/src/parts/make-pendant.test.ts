import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import type { IndexedMesh } from '../mesh';
import { parseModel } from '../parse';
import { writeBinaryStl } from '../write';
import { layoutEngraving } from './engraving-layout';
import { expectClosed, relativeError } from './expect-closed';
import { makeBail } from './make-bail';
import { makePendantBody, type PendantFace } from './make-pendant';
import { makePendantOutline, type PendantShapeName, polygonArea, TIP_RADIUS_MM } from './pendant-outline';

/** Areas of the ideal shapes `height` tall: πr², the heart curve's 180π, the teardrop's 32/15. */
function closedFormArea(shape: PendantShapeName, height: number): number {
  if (shape === 'disc') return Math.PI * (height / 2) ** 2;
  if (shape === 'drop') return (32 / 15) * (height / 2) ** 2;
  // The heart curve spans y from −17 to its lobes' top, found by sampling it finely.
  let top = -Infinity;
  for (let k = 0; k <= 100_000; k++) {
    const t = (Math.PI * k) / 100_000;
    top = Math.max(top, 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t));
  }
  return 180 * Math.PI * (height / (top + 17)) ** 2;
}

/** The triangles lying in the plane z = at, each with its normal's Z sign. */
function faceNormalSigns(mesh: IndexedMesh, at: number): number[] {
  const signs: number[] = [];
  const p = mesh.positions;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [mesh.indices[t]! * 3, mesh.indices[t + 1]! * 3, mesh.indices[t + 2]! * 3];
    if (![a, b, c].every((v) => Math.abs(p[v + 2]! - at) < 1e-5)) continue;
    const cross = (p[b]! - p[a]!) * (p[c + 1]! - p[a + 1]!) - (p[b + 1]! - p[a + 1]!) * (p[c]! - p[a]!);
    signs.push(Math.sign(cross));
  }
  return signs;
}

const SHAPES: PendantShapeName[] = ['disc', 'heart', 'drop'];

describe('pendant outlines', () => {
  it.each(SHAPES)('a %s outline is counter-clockwise with the closed-form area of its shape', (shape) => {
    const outline = makePendantOutline(shape, 20, 0);
    expect(relativeError(polygonArea(outline.points), closedFormArea(shape, 20))).toBeLessThan(0.002);
  });

  it.each([
    ['heart', 'bottom'],
    ['drop', 'top'],
  ] as const)(
    'a %s keeps its height with its point (%s) rounded to a tip wider than a silver wire',
    (shape, end) => {
      const { points } = makePendantOutline(shape, 18);
      const ys = points.map(([, y]) => y);
      expect(Math.max(...ys) - Math.min(...ys)).toBeCloseTo(18, 9);
      const tipY = end === 'bottom' ? Math.min(...ys) : Math.max(...ys);
      // Half the radius in from the tip, the outline is already about a radius's width across.
      const near = points.filter(([, y]) => Math.abs(y - tipY) <= TIP_RADIUS_MM / 2);
      const width = Math.max(...near.map(([x]) => x)) - Math.min(...near.map(([x]) => x));
      expect(width).toBeGreaterThan(TIP_RADIUS_MM * 1.5);
      const ideal = makePendantOutline(shape, 18, 0).points;
      const idealNear = ideal.filter(([, y]) => Math.abs(y - tipY) <= TIP_RADIUS_MM / 2);
      const idealWidth = Math.max(...idealNear.map(([x]) => x)) - Math.min(...idealNear.map(([x]) => x));
      expect(idealWidth).toBeLessThan(width);
    },
  );

  it.each(SHAPES)('every ray from the centre of a %s meets its edge once (star-shaped)', (shape) => {
    const { points, centre } = makePendantOutline(shape, 20);
    let turned = 0;
    for (let k = 0; k < points.length; k++) {
      const a = points[k]!;
      const b = points[(k + 1) % points.length]!;
      const step =
        Math.atan2(b[1] - centre[1], b[0] - centre[0]) - Math.atan2(a[1] - centre[1], a[0] - centre[0]);
      const wrapped = ((step + 3 * Math.PI) % (2 * Math.PI)) - Math.PI;
      expect(wrapped).toBeGreaterThan(0);
      turned += wrapped;
    }
    expect(turned).toBeCloseTo(2 * Math.PI, 9);
  });
});

describe('makePendantBody', () => {
  it.each(SHAPES)('a plain %s is its outline extruded: area × thickness', (shape) => {
    const outline = makePendantOutline(shape, 18, 0);
    const analysis = expectClosed(makePendantBody(outline, 1.6));
    expect(analysis.shells).toBe(1);
    expect(relativeError(analysis.volumeMm3, closedFormArea(shape, 18) * 1.6)).toBeLessThan(0.002);
  });

  it('a disc is π r² t', () => {
    const analysis = expectClosed(makePendantBody(makePendantOutline('disc', 16), 1.5));
    expect(relativeError(analysis.volumeMm3, Math.PI * 8 * 8 * 1.5)).toBeLessThan(0.001);
  });

  it.each([
    ['heart', 'front'],
    ['disc', 'back'],
    ['drop', 'front'],
  ] as Array<[PendantShapeName, PendantFace]>)(
    'text cut into the %s’s %s removes exactly its pixels and keeps one closed surface',
    (shape, face) => {
      const outline = makePendantOutline(shape, 22);
      const bitmap = layoutEngraving('LOVE ♥');
      const pitch = 0.3;
      const depth = 0.3;
      const mesh = makePendantBody(outline, 1.6, { bitmap, pitchMm: pitch, depthMm: depth, face });
      const analysis = expectClosed(mesh);
      expect(analysis.shells).toBe(1);
      const cut = bitmap.cut.reduce((sum, value) => sum + value, 0);
      const expected = polygonArea(outline.points) * 1.6 - cut * pitch * pitch * depth;
      expect(relativeError(analysis.volumeMm3, expected)).toBeLessThan(1e-5);
      // No triangle of the engraved face folds over.
      const z = face === 'front' ? 0.8 : -0.8;
      const signs = faceNormalSigns(mesh, z);
      expect(signs.length).toBeGreaterThan(100);
      expect(new Set(signs)).toEqual(new Set([face === 'front' ? 1 : -1]));
      const reread = analyseMesh(parseModel(writeBinaryStl(mesh)));
      expect(reread.watertight).toBe(true);
      expect(reread.shells).toBe(1);
    },
  );

  it('is always closed over the range of shapes and sizes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHAPES),
        fc.double({ min: 10, max: 40, noNaN: true }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (shape, height, thickness) => {
          const ideal = expectClosed(makePendantBody(makePendantOutline(shape, height, 0), thickness));
          expect(relativeError(ideal.volumeMm3, closedFormArea(shape, height) * thickness)).toBeLessThan(
            0.003,
          );
          const rounded = makePendantOutline(shape, height);
          const analysis = expectClosed(makePendantBody(rounded, thickness));
          expect(relativeError(analysis.volumeMm3, polygonArea(rounded.points) * thickness)).toBeLessThan(
            0.003,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('makeBail', () => {
  it('is a torus: 2π² R r², standing on the top edge with its opening sideways', () => {
    const bail = makeBail({ innerDiameterMm: 3, wireMm: 1.2 }, [0, 10]);
    const analysis = expectClosed(bail);
    const R = 1.5 + 0.6;
    const r = 0.6;
    expect(relativeError(analysis.volumeMm3, 2 * Math.PI ** 2 * R * r * r)).toBeLessThan(0.002);
    const [sizeX, sizeY, sizeZ] = analysis.boundingBoxMm.size;
    expect(sizeX).toBeCloseTo(1.2, 1);
    expect(sizeY).toBeCloseTo(2 * (R + r), 1);
    expect(sizeZ).toBeCloseTo(2 * (R + r), 1);
    expect(analysis.boundingBoxMm.min[1]).toBeLessThan(10);
  });

  it('is always a torus of the closed-form volume', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2, max: 6, noNaN: true }),
        fc.double({ min: 0.8, max: 2, noNaN: true }),
        (opening, wire) => {
          const analysis = expectClosed(makeBail({ innerDiameterMm: opening, wireMm: wire }, [0, 0]));
          const R = opening / 2 + wire / 2;
          const r = wire / 2;
          expect(relativeError(analysis.volumeMm3, 2 * Math.PI ** 2 * R * r * r)).toBeLessThan(0.002);
        },
      ),
      { numRuns: 30 },
    );
  });
});
