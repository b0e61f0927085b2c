/**
 * The thickness map's colours, from a wall's thickness and the alloy's minimum: too thin (red)
 * below the minimum; near it (amber, to 1.5 × the minimum) turning to safe (teal) at twice the
 * minimum and beyond; grey where the wall is unknown.
 */
export const THICKNESS_COLOURS = {
  thin: [0.84, 0.16, 0.16],
  near: [0.96, 0.64, 0.0],
  safe: [0.16, 0.6, 0.55],
  unknown: [0.62, 0.64, 0.67],
} as const satisfies Record<string, readonly [number, number, number]>;

export type Rgb = readonly [number, number, number];

/** Below this the preview has no value for the vertex (`THICKNESS_UNKNOWN` in the GLB). */
const UNKNOWN_BELOW = 0;

export function thicknessColour(thicknessMm: number, minimumMm: number): Rgb {
  if (!(thicknessMm >= UNKNOWN_BELOW)) return THICKNESS_COLOURS.unknown;
  if (thicknessMm < minimumMm) return THICKNESS_COLOURS.thin;
  if (thicknessMm <= minimumMm * 1.5) return THICKNESS_COLOURS.near;
  if (thicknessMm >= minimumMm * 2) return THICKNESS_COLOURS.safe;
  const t = (thicknessMm - minimumMm * 1.5) / (minimumMm * 0.5);
  const { near, safe } = THICKNESS_COLOURS;
  return [
    near[0] + (safe[0] - near[0]) * t,
    near[1] + (safe[1] - near[1]) * t,
    near[2] + (safe[2] - near[2]) * t,
  ];
}

/** CSS colour of an RGB triple in 0–1. */
export function cssColour([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`;
}

/** The legend's gradient, from 0 to 2.5 × the minimum (the same scale the model is painted with). */
export function legendGradient(minimumMm: number): { css: string; maxMm: number; minimumAt: number } {
  const maxMm = minimumMm * 2.5;
  const stops = [0, 0.399, 0.4, 0.6, 0.8, 1].map(
    (at) => `${cssColour(thicknessColour(at * maxMm, minimumMm))} ${Math.round(at * 1000) / 10}%`,
  );
  return { css: `linear-gradient(to right, ${stops.join(', ')})`, maxMm, minimumAt: minimumMm / maxMm };
}
