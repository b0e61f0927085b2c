import { describe, expect, it } from 'vitest';
import { planRingResize, RingResizeRefused, wallAfterResize } from './resize-ring';

describe('planRingResize', () => {
  it("is nothing within a quarter millimetre of the model's size", () => {
    expect(planRingResize(17.2, 54)).toEqual({ kind: 'none' });
  });

  it('counts started 0.5 mm steps and scales radially by the ratio of the diameters', () => {
    const plan = planRingResize(17, 18.6 * Math.PI);
    expect(plan).toMatchObject({ kind: 'radial', steps: 4 });
    if (plan.kind !== 'radial') throw new Error('expected a radial resize');
    expect(plan.radialScale).toBeCloseTo(18.6 / 17, 9);
  });

  it('refuses beyond four steps either way', () => {
    expect(() => planRingResize(17, 19.1 * Math.PI)).toThrow(RingResizeRefused);
    expect(() => planRingResize(17, 14.9 * Math.PI)).toThrow(/narrower inside/);
  });

  it('leaves a ring that was not measured to the workshop', () => {
    expect(planRingResize(null, 60)).toMatchObject({ kind: 'unmeasured' });
  });
});

describe('wallAfterResize', () => {
  it('thins the wall in proportion when the ring is made smaller, never when larger', () => {
    const smaller = planRingResize(18, 17 * Math.PI);
    const larger = planRingResize(17, 18 * Math.PI);
    if (smaller.kind !== 'radial' || larger.kind !== 'radial') throw new Error('expected radial resizes');
    expect(wallAfterResize(0.8, smaller.radialScale)).toBeCloseTo(0.8 * (17 / 18), 9);
    expect(wallAfterResize(0.8, larger.radialScale)).toBe(0.8);
  });
});
