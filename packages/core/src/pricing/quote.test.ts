import { describe, expect, it } from 'vitest';
import { type PricedAlloy, quote } from './quote';
import { RingResizeRefused } from './resize-ring';

const GOLD: PricedAlloy = {
  code: 'AU750Y',
  name: 'Yellow gold 750',
  densityGPerCm3: 15.58,
  pricePerGramCents: 8_790,
  currency: 'EUR',
  castingLossPct: 5,
  workRates: {
    castingBaseCents: 4_500,
    perCm2Cents: 90,
    per10kTrianglesCents: 20,
    finishCents: { polished: 0, satin: 1_500, matte: 1_200 },
    engravingCents: 3_000,
    resizeCents: 2_500,
    leadTimeDays: 10,
  },
};
// A 10 mm cube: 1 cm³, 6 cm² of surface.
const CUBE = { volumeMm3: 1000, surfaceAreaMm2: 600, triangleCount: 12 };

describe('quote', () => {
  it('prices metal by weight with the casting allowance', () => {
    const result = quote(CUBE, GOLD, { finish: 'polished', scale: 1, quantity: 1 });
    expect(result.metalGrams).toBe(15.58);
    expect(result.lines.find((line) => line.code === 'metal')?.amountCents).toBe(
      Math.round(15.58 * 1.05 * 8_790),
    );
    expect(result.lines.find((line) => line.code === 'casting')?.amountCents).toBe(4_500 + 6 * 90);
  });

  it('adds up: the total is the sum of the lines times the quantity', () => {
    const result = quote(CUBE, GOLD, {
      finish: 'satin',
      scale: 1,
      quantity: 3,
      engraving: 'A&J',
      ringSize: 54,
    });
    const sum = result.lines.reduce((total, line) => total + line.amountCents, 0);
    expect(result.unitCents).toBe(sum);
    expect(result.totalCents).toBe(sum * 3);
    expect(result.lines.map((line) => line.code)).toEqual([
      'metal',
      'casting',
      'detail',
      'finish',
      'engraving',
      'resize',
    ]);
  });

  it('scales metal with the cube of the scale and surface with its square', () => {
    const base = quote(CUBE, GOLD, { finish: 'polished', scale: 1, quantity: 1 });
    const doubled = quote(CUBE, GOLD, { finish: 'polished', scale: 2, quantity: 1 });
    expect(doubled.metalGrams).toBeCloseTo(base.metalGrams * 8, 2);
    expect(doubled.lines[1]!.amountCents).toBe(4_500 + 24 * 90);
  });

  it('stops charging detail past a million triangles', () => {
    const fine = quote({ ...CUBE, triangleCount: 5_000_000 }, GOLD, {
      finish: 'polished',
      scale: 1,
      quantity: 1,
    });
    expect(fine.lines.find((line) => line.code === 'detail')?.amountCents).toBe(100 * 20);
  });

  it('takes longer for large quantities', () => {
    expect(quote(CUBE, GOLD, { finish: 'polished', scale: 1, quantity: 1 }).leadTimeDays).toBe(10);
    expect(quote(CUBE, GOLD, { finish: 'polished', scale: 1, quantity: 25 }).leadTimeDays).toBe(12);
  });

  describe('resizing a ring', () => {
    // A band measured at 17.2 mm inside (EU 54), 500 mm³ of metal.
    const RING = {
      volumeMm3: 500,
      surfaceAreaMm2: 900,
      triangleCount: 5_000,
      ring: { innerDiameterMm: 17.2 },
    };
    const options = { finish: 'polished' as const, scale: 1, quantity: 1 };
    const resizeOf = (ringSize: number, geometry: typeof RING | typeof CUBE = RING) =>
      quote(geometry, GOLD, { ...options, ringSize }).lines.find((line) => line.code === 'resize');

    it("adds no line for the model's own size", () => {
      expect(resizeOf(54)).toBeUndefined();
    });

    it('charges labour per started 0.5 mm step plus the metal the radial scale adds', () => {
      const toEu = 18.3 * Math.PI; // 1.1 mm wider inside: three steps
      const line = resizeOf(toEu);
      const k = 18.3 / 17.2;
      const extraGrams = (500 * (k ** 2 - 1) * 15.58) / 1000;
      expect(line?.amountCents).toBe(3 * 2_500 + Math.round(extraGrams * 1.05 * 8_790));
      expect(line?.label).toContain('Resized from EU 54 to EU 57.5');
      expect(line?.label).toContain('3 × 0.5 mm steps');
    });

    it('takes the metal a smaller ring saves off its labour', () => {
      const line = resizeOf(16.7 * Math.PI);
      expect(line?.amountCents).toBeLessThan(2_500);
      expect(line?.label).toContain('−');
    });

    it('resizes from the scaled model', () => {
      // At 110 % the hole is 18.92 mm: EU 59.5 is its own size.
      expect(
        quote(RING, GOLD, { ...options, scale: 1.1, ringSize: 59.5 }).lines.map((l) => l.code),
      ).not.toContain('resize');
    });

    it('refuses more than four steps, naming the sizes it can make', () => {
      expect(() => resizeOf(20 * Math.PI)).toThrow(RingResizeRefused);
      expect(() => resizeOf(20 * Math.PI)).toThrow(/at most 2 mm .* from EU 48 to EU 60,/);
    });

    it('sizes a model not measured as a ring by hand, for one step of labour', () => {
      expect(resizeOf(60, CUBE)).toMatchObject({
        amountCents: 2_500,
        label: expect.stringContaining('by hand'),
      });
    });
  });
});
