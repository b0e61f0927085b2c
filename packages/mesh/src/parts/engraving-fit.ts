import type { DesignMessage } from './design-messages';
import { measureEngravingColumns, normaliseEngraving } from './engraving-layout';
import { GLYPH_ROWS } from './glyphs';
import { isRectangleInside, type PendantOutline } from './pendant-outline';

/** How deep letters are cut, by where they are. */
export const ENGRAVING_DEPTH_MM = { band: 0.25, pendant: 0.3 } as const;
/** Pixel size of the font: the finest detail the workshop casts cleanly, and the largest we use. */
const MIN_PITCH_MM = 0.16;
const BAND_PITCH_MM = 0.22;
const PENDANT_PITCHES_MM = [0.32, 0.3, 0.28, 0.26, 0.24, 0.22, 0.2, 0.18];
/** Uncut metal between the letters and a band's edges, and round text on a pendant. */
const BAND_EDGE_MARGIN_MM = 0.4;
const PENDANT_MARGIN_MM = 0.8;
/** Share of the inside of a band that text may run round. */
const BAND_ARC_SHARE = 0.7;
/** The one-pixel uncut border round the laid-out text. */
const BORDER = 2;

export type EngravingFit =
  | { ok: true; pitchMm: number }
  | {
      ok: false;
      problem: DesignMessage<
        | 'design.engraving-band-too-narrow'
        | 'design.engraving-too-long-for-band'
        | 'design.engraving-too-long-for-pendant'
      >;
    };

/** The font size for text inside a band of this width and inner radius, or why it does not fit. */
export function fitBandEngraving(text: string, widthMm: number, innerRadiusMm: number): EngravingFit {
  const pitch = Math.min(BAND_PITCH_MM, (widthMm - 2 * BAND_EDGE_MARGIN_MM) / GLYPH_ROWS);
  if (pitch < MIN_PITCH_MM) {
    const needed = 2 * BAND_EDGE_MARGIN_MM + GLYPH_ROWS * MIN_PITCH_MM;
    return {
      ok: false,
      problem: { key: 'design.engraving-band-too-narrow', params: { widthMm: roundUp(needed) } },
    };
  }
  const available = BAND_ARC_SHARE * 2 * Math.PI * innerRadiusMm;
  const fits = (candidate: string) => (measureEngravingColumns(candidate) + BORDER) * pitch <= available;
  if (fits(text)) return { ok: true, pitchMm: pitch };
  const fitting = countFitting(text, fits);
  return {
    ok: false,
    problem: {
      key: 'design.engraving-too-long-for-band',
      params: { text: normaliseEngraving(text), count: fitting },
    },
  };
}

/** The largest font that fits the text on the pendant's face round its centre, or why none does. */
export function fitPendantEngraving(text: string, outline: PendantOutline): EngravingFit {
  const fitsAt = (candidate: string, pitch: number) =>
    isRectangleInside(
      outline.points,
      outline.centre,
      ((measureEngravingColumns(candidate) + BORDER) * pitch) / 2 + PENDANT_MARGIN_MM,
      ((GLYPH_ROWS + BORDER) * pitch) / 2 + PENDANT_MARGIN_MM,
    );
  const pitch = PENDANT_PITCHES_MM.find((candidate) => fitsAt(text, candidate));
  if (pitch !== undefined) return { ok: true, pitchMm: pitch };
  const smallest = PENDANT_PITCHES_MM[PENDANT_PITCHES_MM.length - 1]!;
  const fitting = countFitting(text, (candidate) => fitsAt(candidate, smallest));
  return {
    ok: false,
    problem: {
      key: 'design.engraving-too-long-for-pendant',
      params: { text: normaliseEngraving(text), count: fitting },
    },
  };
}

function countFitting(text: string, fits: (candidate: string) => boolean): number {
  const chars = [...normaliseEngraving(text)];
  let count = 0;
  while (count < chars.length && fits(chars.slice(0, count + 1).join(''))) count++;
  return count;
}

/** Up to the next tenth of a millimetre. */
function roundUp(mm: number): number {
  return Number((Math.ceil(mm * 10) / 10).toFixed(1));
}
