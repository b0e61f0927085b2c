import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { parseModel } from '../parse';
import { writeBinaryStl } from '../write';
import { outerRadiusAt, shapeOfSection } from './band-profile';
import { sectionOfBand } from './band-section';
import { buildDesign, buildStones, DesignError } from './build-design';
import { checkDesign } from './check-design';
import type { Design } from './design';
import { sayDesignMessage } from './design-messages';
import { expectClosed, relativeError } from './expect-closed';
import { makeBail } from './make-bail';
import { makeBand } from './make-band';
import { makePendantBody } from './make-pendant';
import { makeSettingMetal } from './make-setting';
import { makePendantOutline } from './pendant-outline';
import { SAMPLE_DESIGNS } from './sample-designs';
import { layOutSetting, SEAT_DEPTH_MM } from './stone-layout';

describe('buildDesign', () => {
  it.each(Object.entries(SAMPLE_DESIGNS))(
    '%s: every shell closed, well under 200k triangles, STL-safe',
    (_, design) => {
      const mesh = buildDesign(design);
      const analysis = expectClosed(mesh);
      expect(analysis.triangleCount).toBeLessThan(60_000);
      const reread = analyseMesh(parseModel(writeBinaryStl(mesh)));
      expect(reread.watertight).toBe(true);
      expect(reread.shells).toBe(analysis.shells);
      expect(relativeError(reread.volumeMm3, analysis.volumeMm3)).toBeLessThan(1e-5);
    },
  );

  it('a solitaire ring weighs its band and head, the head counted twice only where it is seated', () => {
    const design = SAMPLE_DESIGNS.solitaire!;
    if (design.piece.kind !== 'band' || !design.setting) throw new Error('fixture');
    const section = sectionOfBand(design.piece);
    const layout = layOutSetting(design.setting);
    const shape = shapeOfSection(section);
    const top = outerRadiusAt(shape, 0);
    const band = analyseMesh(makeBand(section)).volumeMm3;
    const head = analyseMesh(
      makeSettingMetal(
        design.setting,
        layout,
        (x, z) => Math.sqrt(outerRadiusAt(shape, z) ** 2 - x * x) - top,
      ),
    ).volumeMm3;
    const total = analyseMesh(buildDesign(design)).volumeMm3;
    expect(relativeError(total, band + head)).toBeLessThan(1e-4);
    // Metal counted twice: the seat depth over the part of the plate's footprint above the band.
    let contact = 0;
    const step = 0.02;
    for (let x = -layout.footprintA; x <= layout.footprintA; x += step) {
      for (let z = -section.widthMm / 2; z <= section.widthMm / 2; z += step) {
        if ((x / layout.footprintA) ** 2 + (z / layout.footprintB) ** 2 <= 1) contact += step * step;
      }
    }
    expect((SEAT_DEPTH_MM * contact) / total).toBeLessThan(0.01);
  });

  it('a pendant weighs its body and bail; the bail’s seated foot is a small share', () => {
    const design = SAMPLE_DESIGNS.heart!;
    if (design.piece.kind !== 'pendant') throw new Error('fixture');
    const outline = makePendantOutline(design.piece.shape, design.piece.heightMm);
    const body = analyseMesh(makePendantBody(outline, design.piece.thicknessMm)).volumeMm3;
    const bail = analyseMesh(makeBail(design.piece.bail, outline.top)).volumeMm3;
    const total = analyseMesh(buildDesign(design)).volumeMm3;
    expect(total).toBeLessThan(body + bail);
    expect(total).toBeGreaterThan((body + bail) * 0.98);
  });

  it('stands a ring on its edge with the stone on top (Z up), and a pendant facing −Y', () => {
    const ring = analyseMesh(buildDesign(SAMPLE_DESIGNS.solitaire!));
    const stone = analyseMesh(buildStones(SAMPLE_DESIGNS.solitaire!)!);
    expect(stone.boundingBoxMm.max[2]).toBeCloseTo(ring.boundingBoxMm.max[2], 0);
    expect(stone.boundingBoxMm.min[2]).toBeGreaterThan(0);
    const pendant = analyseMesh(buildDesign(SAMPLE_DESIGNS.ovalDisc!));
    const gem = analyseMesh(buildStones(SAMPLE_DESIGNS.ovalDisc!)!);
    expect(gem.boundingBoxMm.min[1]).toBeLessThan(pendant.boundingBoxMm.min[1] + 1);
    expect(pendant.boundingBoxMm.size[2]).toBeGreaterThan(16);
    expect(buildStones(SAMPLE_DESIGNS.heart!)).toBeNull();
  });

  it('marks the vertices at the bottom of the letters, and only those', () => {
    const engravedBand = buildDesign(SAMPLE_DESIGNS.engravedBand!);
    expect(engravedBand.engraved).toHaveLength(engravedBand.positions.length / 3);
    expect(engravedBand.engraved.reduce((sum, flag) => sum + flag, 0)).toBeGreaterThan(100);
    const plain = buildDesign(SAMPLE_DESIGNS.solitaire!);
    expect(plain.engraved.every((flag) => flag === 0)).toBe(true);
  });

  it('refuses a design with problems, saying why', () => {
    const design: Design = {
      ...SAMPLE_DESIGNS.solitaire!,
      piece: { ...SAMPLE_DESIGNS.solitaire!.piece, size: { system: 'EU', value: 90 } } as Design['piece'],
    };
    expect(() => buildDesign(design)).toThrow(DesignError);
    expect(() => buildDesign(design)).toThrow(/EU 44 to 76/);
    const error = (() => {
      try {
        buildDesign(design);
      } catch (thrown) {
        return thrown as DesignError;
      }
    })();
    // What the shopper reads, as a message core's catalogue says in their language; English in `message`.
    expect(error?.localized).toEqual({
      key: 'design.ring-size-out-of-range',
      params: { system: 'EU', value: 90, min: 44, max: 76, lowMm: 14, highMm: 24.2 },
    });
    expect(error?.problems.map((problem) => problem.control)).toEqual(['ring-size']);
    expect(error?.message).toBe(sayDesignMessage(error!.localized));
  });

  it('builds a closed piece for any design checkDesign accepts', () => {
    const design = fc.record<Design>({
      version: fc.constant(1 as const),
      piece: fc.oneof(
        fc.record({
          kind: fc.constant('band' as const),
          size: fc.record({
            system: fc.constant('EU' as const),
            value: fc.integer({ min: 88, max: 152 }).map((n) => n / 2),
          }),
          profile: fc.constantFrom('flat' as const, 'court' as const, 'd-shape' as const),
          widthMm: fc.integer({ min: 15, max: 120 }).map((n) => n / 10),
          thicknessMm: fc.integer({ min: 12, max: 35 }).map((n) => n / 10),
        }),
        fc.record({
          kind: fc.constant('pendant' as const),
          shape: fc.constantFrom('disc' as const, 'heart' as const, 'drop' as const),
          heightMm: fc.integer({ min: 20, max: 80 }).map((n) => n / 2),
          thicknessMm: fc.integer({ min: 10, max: 30 }).map((n) => n / 10),
          bail: fc.record({
            innerDiameterMm: fc.integer({ min: 20, max: 60 }).map((n) => n / 10),
            wireMm: fc.integer({ min: 8, max: 20 }).map((n) => n / 10),
          }),
        }),
      ),
      setting: fc.option(
        fc.record({
          style: fc.constantFrom('bezel' as const, 'prong' as const),
          stone: fc.oneof(
            fc
              .integer({ min: 20, max: 100 })
              .map((n) => ({ cut: 'round' as const, lengthMm: n / 10, widthMm: n / 10 })),
            fc
              .tuple(fc.integer({ min: 40, max: 120 }), fc.double({ min: 0.5, max: 0.9, noNaN: true }))
              .map(([n, ratio]) => ({
                cut: 'oval' as const,
                lengthMm: n / 10,
                widthMm: Math.round(n * ratio) / 10,
              })),
          ),
          prongs: fc.constantFrom(4 as const, 6 as const),
        }),
        { nil: null },
      ),
      engraving: fc.option(
        fc.record({
          text: fc.constantFrom('A', 'LOVE', 'Forever ♥', '12.06.2026', 'Now & always, yours'),
          face: fc.constantFrom('inside' as const, 'front' as const, 'back' as const),
        }),
        { nil: null },
      ),
    });
    let built = 0;
    fc.assert(
      fc.property(design, (candidate) => {
        if (checkDesign(candidate).length > 0) {
          expect(() => buildDesign(candidate)).toThrow(DesignError);
          return;
        }
        built++;
        const analysis = expectClosed(buildDesign(candidate));
        expect(analysis.triangleCount).toBeLessThan(100_000);
      }),
      { numRuns: 80 },
    );
    expect(built).toBeGreaterThan(20);
  });
});
