import { describe, expect, it } from 'vitest';
import { type PricedAlloy, quote } from './quote';

const GOLD: PricedAlloy = {
  code: 'AU750Y',
  name: 'Yellow gold 750',
  densityGPerCm3: 15.58,
  pricePerGramCents: 8_790,
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
});
