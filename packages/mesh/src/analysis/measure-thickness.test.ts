import { describe, expect, it } from 'vitest';
import { analyseMeshWithThickness } from '../analyse';
import { makeBox, makeTorus, makeTube, makeUvSphere } from '../generate';
import type { IndexedMesh } from '../mesh';
import {
  measureThickness,
  SAMPLED_RAYS,
  type ThicknessMeasured,
  type WallThickness,
} from './measure-thickness';

function expectMeasured(thickness: WallThickness): ThicknessMeasured {
  if (!thickness.measured) throw new Error(`thickness unknown: ${thickness.reason}`);
  return thickness;
}

const withinTwoPercent = (value: number, expected: number) =>
  expect(Math.abs(value - expected) / expected).toBeLessThan(0.02);

/** Two spheres, the inner one wound inwards: a hollow ball with a 1 mm shell. */
function makeHollowBall(outer: number, inner: number): IndexedMesh {
  const outside = makeUvSphere(20_000, outer);
  const inside = makeUvSphere(20_000, inner);
  const offset = outside.positions.length / 3;
  const flipped = Uint32Array.from(inside.indices, (_, i) => {
    const corner = i % 3;
    const source = corner === 1 ? i + 1 : corner === 2 ? i - 1 : i;
    return inside.indices[source]! + offset;
  });
  const positions = new Float32Array(outside.positions.length + inside.positions.length);
  positions.set(outside.positions);
  positions.set(inside.positions, outside.positions.length);
  const indices = new Uint32Array(outside.indices.length + flipped.length);
  indices.set(outside.indices);
  indices.set(flipped, outside.indices.length);
  return { positions, indices };
}

/** Two 4 mm cubes that overlap by half, as separate shells (a union that was never merged). */
function makeOverlappingCubes(): IndexedMesh {
  const first = makeBox(4, 4, 4);
  const second = makeBox(4, 4, 4);
  const shifted = Float32Array.from(second.positions, (value, i) => value + [2, 1, 1][i % 3]!);
  const positions = new Float32Array(first.positions.length + shifted.length);
  positions.set(first.positions);
  positions.set(shifted, first.positions.length);
  const offset = first.positions.length / 3;
  const indices = new Uint32Array(first.indices.length * 2);
  indices.set(first.indices);
  indices.set(
    Uint32Array.from(second.indices, (index) => index + offset),
    first.indices.length,
  );
  return { positions, indices };
}

/** A ring's band, 1.5 mm thick, dented from outside to 0.3 mm around angle 0 (±0.3 rad). */
const DENT_HALF_WIDTH = 0.3;
function makeDentedBand(around = 1440, along = 6): IndexedMesh {
  return makeTube({
    innerRadius: 8.5,
    outerRadiusAt: (angle) => {
      const fromDent = Math.min(Math.abs(angle), Math.abs(angle - 2 * Math.PI));
      if (fromDent >= DENT_HALF_WIDTH) return 10;
      return 10 - 1.2 * Math.cos(((fromDent / DENT_HALF_WIDTH) * Math.PI) / 2) ** 2;
    },
    height: 3,
    around,
    along,
  });
}

describe('wall thickness', () => {
  it('measures through shells that overlap, and skips corners buried in another shell', () => {
    const thickness = expectMeasured(measureThickness(makeOverlappingCubes()).thickness);
    // Where the cubes overlap there is metal all the way: no wall near zero at their seams.
    expect(thickness.minWallMm).toBeGreaterThan(1.9);
  });

  it('measures a tube with a 1.5 mm wall', () => {
    const tube = makeTube({ innerRadius: 8.5, outerRadiusAt: () => 10, height: 4, around: 256, along: 8 });
    const thickness = expectMeasured(analyseMeshWithThickness(tube).analysis.thickness);
    withinTwoPercent(thickness.minWallMm, 1.5);
    expect(thickness.thinRegions).toEqual([]);
    expect(thickness.areaBelowMm2[thickness.areaBelowMm2.length - 1]).toBeGreaterThan(0);
  });

  it('measures a round wire (a torus) by its diameter', () => {
    const thickness = expectMeasured(analyseMeshWithThickness(makeTorus(40_000, 9, 0.8)).analysis.thickness);
    withinTwoPercent(thickness.minWallMm, 1.6);
  });

  it('measures a hollow ball with a 1 mm shell', () => {
    const thickness = expectMeasured(analyseMeshWithThickness(makeHollowBall(10, 9)).analysis.thickness);
    withinTwoPercent(thickness.minWallMm, 1);
    // The outside and the inside of the shell are two separate surfaces, both thin all over.
    expect(thickness.thinRegions).toHaveLength(2);
    const area = thickness.thinRegions.reduce((sum, region) => sum + region.areaMm2, 0);
    expect(area / (4 * Math.PI * (100 + 81))).toBeCloseTo(1, 1);
  });

  it('finds a band thinned to 0.3 mm in one place, and where', () => {
    const thickness = expectMeasured(analyseMeshWithThickness(makeDentedBand()).analysis.thickness);
    withinTwoPercent(thickness.minWallMm, 0.3);
    const [region] = thickness.thinRegions;
    expect(thickness.thinRegions).toHaveLength(1);
    withinTwoPercent(region!.minMm, 0.3);
    const [x, y] = region!.thinnestAtMm;
    expect(Math.abs(Math.atan2(y, x))).toBeLessThan(0.02);
    expect(Math.hypot(x, y)).toBeGreaterThan(8.4);
    expect(Math.hypot(x, y)).toBeLessThan(8.9);
    for (const corner of [region!.boxMm.min, region!.boxMm.max]) {
      expect(Math.abs(Math.atan2(corner[1], corner[0]))).toBeLessThan(DENT_HALF_WIDTH);
    }
    // Thinner than 0.6 mm only in the dent; the rest of the band is 1.5 mm.
    const below = (mm: number) => thickness.areaBelowMm2[Math.round(mm / 0.05) - 1]!;
    expect(below(0.6)).toBeGreaterThan(0);
    expect(below(0.6)).toBeLessThan(region!.areaMm2);
    expect(below(1.4)).toBeLessThan(below(2));
  });

  it('samples a finely cut band, yet measures its thin place at every vertex', () => {
    const band = makeDentedBand(8192, 8);
    const result = measureThickness(band, { withVertexThickness: true });
    const thickness = expectMeasured(result.thickness);
    expect(band.positions.length / 3).toBeGreaterThan(2 * SAMPLED_RAYS);
    withinTwoPercent(thickness.minWallMm, 0.3);
    expect(thickness.thinRegions).toHaveLength(1);
    const [x, y] = thickness.thinRegions[0]!.thinnestAtMm;
    expect(Math.abs(Math.atan2(y, x))).toBeLessThan(0.01);
    // Away from the dent every vertex reads the band's 1.5 mm, sampled or not.
    const values = result.vertexThicknessMm!;
    for (let v = 0; v < values.length; v++) {
      const angle = Math.abs(Math.atan2(band.positions[v * 3 + 1]!, band.positions[v * 3]!));
      if (angle > 2 * DENT_HALF_WIDTH) expect(Math.abs(values[v]! - 1.5)).toBeLessThan(0.03);
    }
  }, 60_000);

  it("corrects the ray's error at sharp edges: a 0.5 mm plate reads 0.5 mm at its corners", () => {
    const plate = makeBox(10, 10, 0.5);
    const result = measureThickness(plate, { withVertexThickness: true });
    const thickness = expectMeasured(result.thickness);
    // A ray from a corner along the averaged normal crosses the plate slantwise: 0.5 × √3 mm.
    for (const value of result.vertexThicknessMm!) expect(value).toBeCloseTo(0.5, 3);
    withinTwoPercent(thickness.minWallMm, 0.5);
  });

  it('measures a mesh wound inside out the same', () => {
    const tube = makeTube({ innerRadius: 8.5, outerRadiusAt: () => 10, height: 4, around: 128, along: 4 });
    const inverted = Uint32Array.from(tube.indices, (_, i) =>
      i % 3 === 1 ? tube.indices[i + 1]! : i % 3 === 2 ? tube.indices[i - 1]! : tube.indices[i]!,
    );
    const thickness = expectMeasured(
      measureThickness({ positions: tube.positions, indices: inverted }).thickness,
    );
    withinTwoPercent(thickness.minWallMm, 1.5);
  });

  it('says why an open model cannot be measured', () => {
    const torus = makeTorus(2_000, 10, 2);
    const open = { positions: torus.positions, indices: torus.indices.subarray(3) };
    const { thickness } = analyseMeshWithThickness(open).analysis;
    expect(thickness).toEqual({
      measured: false,
      reason: expect.stringContaining('the model is open'),
      code: 'open',
      params: {},
    });
  });

  it('says why a flat model cannot be measured', () => {
    const sheet: IndexedMesh = {
      positions: Float32Array.of(0, 0, 0, 10, 0, 0, 0, 10, 0),
      indices: Uint32Array.of(0, 1, 2, 0, 2, 1),
    };
    expect(measureThickness(sheet).thickness).toEqual({
      measured: false,
      reason: 'the model encloses no volume, so it has no inside to measure',
      code: 'no-volume',
      params: {},
    });
  });

  it('gives up with a reason when the time limit is reached', () => {
    const { thickness } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 }).analysis;
    expect(thickness).toEqual({
      measured: false,
      reason: 'the model is too detailed to measure within 0 s',
      code: 'too-detailed',
      params: { seconds: 0 },
    });
  });
});
