import { describe, expect, it } from 'vitest';
import { makeBox, makeTorus, makeTube } from '../generate';
import type { IndexedMesh } from '../mesh';
import { buildDesign } from '../parts/build-design';
import { SAMPLE_DESIGNS } from '../parts/sample-designs';
import { measureRing } from './measure-ring';

const ring = (mesh: IndexedMesh) => measureRing(mesh.positions, mesh.indices);

/** Turns a mesh by `angle` about the unit axis through the origin (Rodrigues), then moves it. */
function turnAndMove(mesh: IndexedMesh, axis: [number, number, number], angle: number, by: number[]) {
  const [kx, ky, kz] = axis;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const positions = new Float32Array(mesh.positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    const x = mesh.positions[i]!;
    const y = mesh.positions[i + 1]!;
    const z = mesh.positions[i + 2]!;
    const dot = kx * x + ky * y + kz * z;
    const turned = [
      x * cos + (ky * z - kz * y) * sin + kx * dot * (1 - cos),
      y * cos + (kz * x - kx * z) * sin + ky * dot * (1 - cos),
      z * cos + (kx * y - ky * x) * sin + kz * dot * (1 - cos),
    ];
    for (let k = 0; k < 3; k++) positions[i + k] = turned[k]! + by[k]!;
  }
  return { positions, indices: mesh.indices };
}

describe('measureRing', () => {
  it('measures a torus: inner diameter 2 × (R − r), axis along Z', () => {
    const found = ring(makeTorus(20_000, 9.75, 1.25));
    expect(found).not.toBeNull();
    expect(Math.abs(found!.innerDiameterMm - 17)).toBeLessThan(0.05);
    expect(Math.abs(found!.axis[2])).toBeCloseTo(1, 6);
    expect(found!.bandWidthMm).toBeGreaterThan(0);
  });

  it('measures a band with a flat section of known inner radius, for several sizes', () => {
    for (const innerRadius of [7, 8.5, 10.2, 12]) {
      const band = makeTube({
        innerRadius,
        outerRadiusAt: () => innerRadius + 1.6,
        height: 4,
        around: 256,
        along: 4,
      });
      const found = ring(band);
      expect(found, `inner radius ${innerRadius}`).not.toBeNull();
      expect(Math.abs(found!.innerDiameterMm - innerRadius * 2)).toBeLessThan(0.05);
      expect(found!.bandWidthMm).toBeCloseTo(4, 3);
    }
  });

  it('finds the axis and the centre of a ring turned and moved anywhere', () => {
    const turned = turnAndMove(makeTorus(20_000, 10, 1.5), [0.6, 0, 0.8], 1.1, [30, -12, 7]);
    const found = ring(turned);
    expect(found).not.toBeNull();
    expect(Math.abs(found!.innerDiameterMm - 17)).toBeLessThan(0.05);
    for (const [k, value] of found!.centreMm.entries()) expect(value).toBeCloseTo([30, -12, 7][k]!, 1);
  });

  it("measures the constructor's EU 54 band, and the same band under a prong setting", () => {
    const solitaire = SAMPLE_DESIGNS.solitaire!;
    const band = ring(buildDesign({ ...solitaire, setting: null }));
    expect(band).not.toBeNull();
    expect(Math.abs(band!.innerDiameterMm - 54 / Math.PI)).toBeLessThan(0.05);
    // The prongs' feet are sunk into the band and reach a few hundredths into the hole: the finger
    // meets them first, so the hole is measured to them.
    const set = ring(buildDesign(solitaire));
    expect(set).not.toBeNull();
    expect(set!.innerDiameterMm).toBeLessThanOrEqual(band!.innerDiameterMm);
    expect(band!.innerDiameterMm - set!.innerDiameterMm).toBeLessThan(0.1);
  });

  it('does not take a pendant with a bail, a box, a bangle or a C-shaped band for a ring', () => {
    expect(ring(buildDesign(SAMPLE_DESIGNS.heart!))).toBeNull();
    expect(ring(makeBox(20, 20, 3))).toBeNull();
    expect(ring(makeTorus(20_000, 36, 2))).toBeNull();
    const open = makeTube({
      innerRadius: 8.5,
      outerRadiusAt: () => 10,
      height: 3,
      around: 256,
      along: 2,
    });
    // Keep three quarters of the band's faces: a C, which no finger is held by.
    const kept: number[] = [];
    for (let t = 0; t < open.indices.length; t += 3) {
      const a = open.indices[t]! * 3;
      if (!(open.positions[a]! > 0 && open.positions[a + 1]! > 0)) kept.push(...open.indices.slice(t, t + 3));
    }
    expect(ring({ positions: open.positions, indices: Uint32Array.from(kept) })).toBeNull();
  });
});
