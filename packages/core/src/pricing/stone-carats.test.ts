import { describe, expect, it } from 'vitest';
import { estimateCarats } from './stone-carats';

describe('estimateCarats', () => {
  it('weighs a round brilliant as d² × depth × 0.0061 at a 61 % depth: 6.5 mm ≈ 1 ct', () => {
    // The trade's chart: a 6.5 mm round brilliant is about 1 carat, 5.2 mm about half, 4.1 mm a quarter.
    expect(estimateCarats({ cut: 'round', lengthMm: 6.5, widthMm: 6.5 })).toBeCloseTo(1.02, 2);
    expect(estimateCarats({ cut: 'round', lengthMm: 5.2, widthMm: 5.2 })).toBeCloseTo(0.52, 2);
    expect(estimateCarats({ cut: 'round', lengthMm: 4.1, widthMm: 4.1 })).toBeCloseTo(0.26, 2);
  });

  it('weighs the other cuts by length × width × depth and their factors', () => {
    // 7 × 5 mm oval ≈ 0.65 ct, 5.5 mm princess ≈ 1 ct, 8 × 5 mm pear ≈ 0.71 ct.
    expect(estimateCarats({ cut: 'oval', lengthMm: 7, widthMm: 5 })).toBeCloseTo(7 * 5 * 3 * 0.0062, 3);
    expect(estimateCarats({ cut: 'princess', lengthMm: 5.5, widthMm: 5.5 })).toBeCloseTo(0.97, 2);
    expect(estimateCarats({ cut: 'pear', lengthMm: 8, widthMm: 5 })).toBeCloseTo(0.708, 3);
  });
});
