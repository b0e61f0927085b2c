import { describe, expect, it } from 'vitest';
import { convertRingSize, innerDiameterMm, RING_SIZE_RANGE } from './ring-size';

describe('ring sizes', () => {
  it('an EU size is the inner circumference in millimetres', () => {
    expect(innerDiameterMm({ system: 'EU', value: 54 })).toBeCloseTo(54 / Math.PI, 9);
  });

  it('US sizes follow the chart (US 7 ≈ 17.3 mm, US 3 ≈ 14.1 mm, US 13 ≈ 22.2 mm)', () => {
    expect(innerDiameterMm({ system: 'US', value: 7 })).toBeCloseTo(17.32, 2);
    expect(innerDiameterMm({ system: 'US', value: 3 })).toBeCloseTo(14.07, 2);
    expect(innerDiameterMm({ system: 'US', value: 13 })).toBeCloseTo(22.2, 1);
  });

  it('converts between systems to the nearest step, and back', () => {
    expect(convertRingSize({ system: 'US', value: 7 }, 'EU')).toEqual({ system: 'EU', value: 54.5 });
    expect(convertRingSize({ system: 'EU', value: 54.5 }, 'US')).toEqual({ system: 'US', value: 7 });
    for (const system of ['EU', 'US'] as const) {
      const { min, max } = RING_SIZE_RANGE[system];
      expect(innerDiameterMm({ system, value: min })).toBeLessThan(14.2);
      expect(innerDiameterMm({ system, value: max })).toBeGreaterThan(24);
    }
  });
});
