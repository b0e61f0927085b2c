import { describe, expect, it } from 'vitest';
import {
  convertRingSize,
  formatRingSize,
  formatRingSizeEverywhere,
  innerDiameterMm,
  isRingSizeInRange,
  RING_SIZE_RANGE,
  RING_SIZE_SYSTEMS,
  ringSizeOf,
  ringSizesOf,
} from './ring-size';

// Rows of the conversion chart in Wikipedia's "Ring size" article (cited in packages/mesh/README.md).
const ISO_CHART: Array<[eu: number, diameterMm: number]> = [
  [49, 15.6],
  [50, 15.9],
  [51, 16.2],
  [52, 16.6],
  [53, 16.9],
  [54, 17.2],
  [55, 17.5],
  [56, 17.8],
  [57, 18.1],
  [58, 18.5],
  [59, 18.8],
  [60, 19.1],
  [61, 19.4],
  [62, 19.7],
  [63, 20.1],
  [64, 20.4],
  [65, 20.7],
  [66, 21],
  [67, 21.3],
  [68, 21.6],
  [69, 22],
  [70, 22.3],
  [71, 22.6],
  [72, 22.9],
];
const US_CHART: Array<[us: number, diameterMm: number]> = [
  [0, 11.63],
  [1, 12.45],
  [2, 13.26],
  [3, 14.07],
  [4, 14.88],
  [5, 15.7],
  [6, 16.51],
  [7, 17.32],
  [8, 18.14],
  [9, 18.95],
  [10, 19.76],
  [11, 20.57],
  [12, 21.39],
  [13, 22.2],
];
/** UK letters against the chart's inner circumference (mm) on the same rows. */
const UK_CHART: Array<[letter: string, circumferenceMm: number]> = [
  ['A', 37.8],
  ['B', 39.1],
  ['C', 40.4],
  ['D', 41.7],
  ['E', 42.9],
  ['F', 44.2],
  ['G', 45.5],
  ['H', 46.8],
  ['I', 48],
  ['N½', 54.4],
  ['Z', 69.1],
];

describe('ring sizes', () => {
  it('EU sizes are the inner circumference (ISO 8653), matching the chart to 0.1 mm of diameter', () => {
    for (const [eu, diameter] of ISO_CHART) {
      expect(innerDiameterMm({ system: 'EU', value: eu })).toBeCloseTo(diameter, 1);
      expect(ringSizeOf(diameter, 'EU').value).toBe(eu);
    }
  });

  it('US sizes match the chart to 0.01 mm of diameter', () => {
    for (const [us, diameter] of US_CHART) {
      expect(Math.abs(innerDiameterMm({ system: 'US', value: us }) - diameter)).toBeLessThan(0.01);
      expect(ringSizeOf(diameter, 'US').value).toBe(us);
    }
  });

  it('UK letters match the chart to a quarter letter, and US 7 is UK N½', () => {
    for (const [letter, circumference] of UK_CHART) {
      expect(formatRingSize(ringSizeOf(circumference / Math.PI, 'UK'))).toBe(`UK ${letter}`);
    }
    expect(formatRingSize(convertRingSize({ system: 'US', value: 7 }, 'UK'))).toBe('UK N½');
    expect(formatRingSize({ system: 'UK', value: 28.5 })).toBe('UK Z+2½');
  });

  it('RU sizes are the inner diameter in half millimetres', () => {
    expect(ringSizeOf(17.32, 'RU')).toEqual({ system: 'RU', value: 17.5 });
    expect(ringSizeOf(17.2, 'RU')).toEqual({ system: 'RU', value: 17 });
    expect(innerDiameterMm({ system: 'RU', value: 18.5 })).toBe(18.5);
  });

  it('converts between every pair of systems and back to the same size', () => {
    expect(convertRingSize({ system: 'US', value: 7 }, 'EU')).toEqual({ system: 'EU', value: 54.5 });
    expect(convertRingSize({ system: 'EU', value: 54.5 }, 'US')).toEqual({ system: 'US', value: 7 });
    for (const from of RING_SIZE_SYSTEMS) {
      for (const size of ringSizesOf(from)) {
        for (const to of RING_SIZE_SYSTEMS) {
          const there = convertRingSize(size, to);
          // Within half a step of the target system.
          const stepMm =
            innerDiameterMm({ system: to, value: RING_SIZE_RANGE[to].step }) -
            innerDiameterMm({ system: to, value: 0 });
          expect(Math.abs(innerDiameterMm(there) - innerDiameterMm(size))).toBeLessThanOrEqual(
            stepMm / 2 + 1e-9,
          );
        }
        expect(isRingSizeInRange(size)).toBe(true);
      }
    }
  });

  it('every system spans about 14 to 24 mm and refuses sizes off its steps', () => {
    for (const system of RING_SIZE_SYSTEMS) {
      const { min, max } = RING_SIZE_RANGE[system];
      expect(innerDiameterMm({ system, value: min })).toBeLessThan(14.2);
      expect(innerDiameterMm({ system, value: max })).toBeGreaterThan(23.9);
    }
    expect(isRingSizeInRange({ system: 'RU', value: 17.3 })).toBe(false);
    expect(isRingSizeInRange({ system: 'EU', value: 80 })).toBe(false);
  });

  it('names a diameter in every system', () => {
    expect(formatRingSizeEverywhere(17.32)).toBe('EU 54.5 · US 7 · UK N½ · RU 17.5');
  });
});
