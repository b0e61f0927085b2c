import type { BandProfileName } from './band-profile';
import type { DesignProblemCode, DesignProblemMessage } from './design-messages';
import type { BailSpec } from './make-bail';
import type { PendantShapeName } from './pendant-outline';
import type { RingSize } from './ring-size';
import type { SettingSpec } from './stone-layout';

/**
 * A piece built from parts: what the shopper chose, kept with the model so the workshop can
 * regenerate or adjust it. Plain data (JSON), millimetres throughout.
 */
export interface Design {
  version: 1;
  piece: BandPiece | PendantPiece;
  /** One stone: on top of a band, or at the centre of a pendant's front. */
  setting: SettingSpec | null;
  engraving: EngravingSpec | null;
}

export interface BandPiece {
  kind: 'band';
  size: RingSize;
  profile: BandProfileName;
  widthMm: number;
  /** At the thickest point. */
  thicknessMm: number;
}

export interface PendantPiece {
  kind: 'pendant';
  shape: PendantShapeName;
  /** Height of the shape, without the bail. */
  heightMm: number;
  thicknessMm: number;
  bail: BailSpec;
}

export type EngravingFace = 'inside' | 'front' | 'back';

export interface EngravingSpec {
  text: string;
  /** A band is engraved inside; a pendant on its front or back. */
  face: EngravingFace;
}

export type DesignControl =
  | 'ring-size'
  | 'band-width'
  | 'band-thickness'
  | 'pendant-height'
  | 'pendant-thickness'
  | 'bail-opening'
  | 'bail-wire'
  | 'stone-length'
  | 'stone-width'
  | 'engraving';

/** Why a design cannot be made as it is, in words for the shopper, and which control to change. */
export interface DesignProblem {
  control: DesignControl;
  /** The problem in English, for the API and logs. */
  message: string;
  /** What the problem is, for programs, with its figures in `values`. */
  code: DesignProblemCode;
  values: Record<string, string | number>;
  /** The problem as a catalogue message, for a page to say in its reader's language. */
  localized: DesignProblemMessage;
}

/** Ranges of the controls. */
export const DESIGN_LIMITS = {
  bandWidthMm: { min: 1.5, max: 12, step: 0.1 },
  bandThicknessMm: { min: 1.2, max: 3.5, step: 0.1 },
  pendantHeightMm: { min: 10, max: 40, step: 0.5 },
  pendantThicknessMm: { min: 1, max: 3, step: 0.1 },
  bailOpeningMm: { min: 2, max: 6, step: 0.1 },
  bailWireMm: { min: 0.8, max: 2, step: 0.1 },
  stoneLengthMm: { min: 2, max: 14, step: 0.1 },
  stoneWidthMm: { min: 2, max: 10, step: 0.1 },
  /** A stone may be at most this many times as wide (across the band) as the band. */
  stonePerBandWidth: 4,
  /** Metal left round a stone's setting on a pendant's face. */
  pendantStoneMarginMm: 0.6,
  engravingCharacters: 40,
} as const;
