import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { parseModel } from '../parse';
import { writeBinaryStl } from '../write';
import { type BandProfileName, type BandSection, shapeOfSection } from './band-profile';
import { layoutEngraving } from './engraving-layout';
import { expectClosed, relativeError } from './expect-closed';
import { makeBand } from './make-band';

/** Closed form by Pappus: 2π ∫ (outer² − inner²)/2 dz, with ∫ s dz = πw/4 and ∫ s² dz = 2w/3. */
function closedFormVolume(section: BandSection): number {
  const shape = shapeOfSection(section);
  const w = section.widthMm;
  const a = shape.r + shape.insideCurve + shape.edge;
  const b = shape.dome;
  const c = shape.r + shape.insideCurve;
  const d = shape.insideCurve;
  return (
    Math.PI *
    ((a * a - c * c) * w + 2 * (a * b + c * d) * ((Math.PI * w) / 4) + (b * b - d * d) * ((2 * w) / 3))
  );
}

const section = (profile: BandProfileName, overrides: Partial<BandSection> = {}): BandSection => ({
  profile,
  innerRadiusMm: 54 / Math.PI / 2,
  widthMm: 4,
  thicknessMm: 1.8,
  ...overrides,
});

describe('makeBand', () => {
  it('a flat band is an annular cylinder: π·w·(R² − r²)', () => {
    const flat = section('flat');
    const r = flat.innerRadiusMm;
    const R = r + flat.thicknessMm;
    const analysis = expectClosed(makeBand(flat));
    expect(relativeError(analysis.volumeMm3, Math.PI * flat.widthMm * (R * R - r * r))).toBeLessThan(0.001);
    expect(analysis.shells).toBe(1);
  });

  it.each(['flat', 'court', 'd-shape'] as const)(
    'a %s band matches its section swept round (Pappus)',
    (profile) => {
      const analysis = expectClosed(makeBand(section(profile)));
      expect(relativeError(analysis.volumeMm3, closedFormVolume(section(profile)))).toBeLessThan(0.0025);
    },
  );

  it('the D-shape and court sections have the area w·edge + πw(t − edge)/4', () => {
    for (const profile of ['court', 'd-shape'] as const) {
      const shape = shapeOfSection(section(profile));
      const t = 1.8;
      const w = 4;
      const r = shape.r;
      // Pappus again, with the centroid taken from the closed form: V / (2π · area) lies inside the band.
      const area = w * shape.edge + (Math.PI * w * (t - shape.edge)) / 4;
      const centroid = closedFormVolume(section(profile)) / (2 * Math.PI * area);
      expect(centroid).toBeGreaterThan(r);
      expect(centroid).toBeLessThan(r + t);
    }
  });

  it('an engraving inside keeps one closed surface and removes exactly the cut pixels', () => {
    const flat = section('flat');
    const bitmap = layoutEngraving('FOREVER ♥ 2026');
    const pitch = 0.2;
    const depth = 0.25;
    const plain = makeBand(flat);
    const engraved = makeBand(flat, { bitmap, pitchMm: pitch, depthMm: depth });
    const analysis = expectClosed(engraved);
    expect(analysis.shells).toBe(1);
    const cutPixels = bitmap.cut.reduce((sum, value) => sum + value, 0);
    // Each cut pixel removes a prism between two chords of the same angle, pitch / r apart.
    const r = flat.innerRadiusMm;
    const step = pitch / r;
    const removed = cutPixels * 0.5 * Math.sin(step) * ((r + depth) ** 2 - r * r) * pitch;
    const closedForm = Math.PI * flat.widthMm * ((r + flat.thicknessMm) ** 2 - r * r) - removed;
    expect(relativeError(analysis.volumeMm3, closedForm)).toBeLessThan(0.001);
    expect(analyseMesh(plain).volumeMm3 - analysis.volumeMm3).toBeCloseTo(removed, 1);
  });

  it('survives the trip through a binary STL (welding by position changes nothing)', () => {
    const mesh = makeBand(section('court'), {
      bitmap: layoutEngraving('NOW AND ALWAYS'),
      pitchMm: 0.2,
      depthMm: 0.25,
    });
    const before = analyseMesh(mesh);
    const after = analyseMesh(parseModel(writeBinaryStl(mesh)));
    expect(after.watertight).toBe(true);
    expect(after.shells).toBe(1);
    expect(after.triangleCount).toBe(before.triangleCount);
    expect(relativeError(after.volumeMm3, before.volumeMm3)).toBeLessThan(1e-5);
  });

  it('is always closed, and its volume follows Pappus, over the whole range of bands', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<BandProfileName>('flat', 'court', 'd-shape'),
        fc.double({ min: 44, max: 76, noNaN: true }),
        fc.double({ min: 1.5, max: 12, noNaN: true }),
        fc.double({ min: 1.2, max: 3.5, noNaN: true }),
        (profile, euSize, width, thickness) => {
          const band = section(profile, {
            innerRadiusMm: euSize / Math.PI / 2,
            widthMm: width,
            thicknessMm: thickness,
          });
          const analysis = expectClosed(makeBand(band));
          expect(relativeError(analysis.volumeMm3, closedFormVolume(band))).toBeLessThan(0.0025);
        },
      ),
      { numRuns: 60 },
    );
  });
});
