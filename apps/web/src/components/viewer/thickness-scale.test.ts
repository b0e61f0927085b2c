import { describe, expect, it } from 'vitest';
import { legendGradient, THICKNESS_COLOURS, thicknessColour } from './thickness-scale';

describe('thickness colours', () => {
  it('paints walls below the minimum as too thin, near it amber, well above it safe', () => {
    expect(thicknessColour(0.3, 0.6)).toEqual(THICKNESS_COLOURS.thin);
    expect(thicknessColour(0.59, 0.6)).toEqual(THICKNESS_COLOURS.thin);
    expect(thicknessColour(0.6, 0.6)).toEqual(THICKNESS_COLOURS.near);
    expect(thicknessColour(1.2, 0.6)).toEqual(THICKNESS_COLOURS.safe);
    const between = thicknessColour(1.05, 0.6);
    expect(between[1]).toBeGreaterThan(THICKNESS_COLOURS.safe[1]);
    expect(between[1]).toBeLessThan(THICKNESS_COLOURS.near[1]);
  });

  it('paints an unknown wall grey', () => {
    expect(thicknessColour(-1, 0.6)).toEqual(THICKNESS_COLOURS.unknown);
    expect(thicknessColour(Number.NaN, 0.6)).toEqual(THICKNESS_COLOURS.unknown);
  });

  it('marks the minimum on the legend where its colour changes', () => {
    const legend = legendGradient(0.8);
    expect(legend.maxMm).toBeCloseTo(2);
    expect(legend.minimumAt).toBeCloseTo(0.4);
    expect(legend.css).toContain('rgb(214 41 41) 39.9%');
  });
});
