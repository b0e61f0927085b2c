import type { Design } from './design';
import { DESIGN_PRESETS } from './ready-made-designs';

/** Designs for tests: the ready-made solitaire ring, an engraved court band, an engraved heart, an oval on a disc. */
export const SAMPLE_DESIGNS: Record<string, Design> = {
  solitaire: DESIGN_PRESETS[0]!.design,
  engravedBand: {
    version: 1,
    piece: {
      kind: 'band',
      size: { system: 'US', value: 8 },
      profile: 'd-shape',
      widthMm: 4,
      thicknessMm: 1.8,
    },
    setting: { style: 'bezel', stone: { cut: 'oval', lengthMm: 5, widthMm: 3.5 }, prongs: 4 },
    engraving: { text: 'Forever ♥ 12.06.2026', face: 'inside' },
  },
  heart: {
    version: 1,
    piece: {
      kind: 'pendant',
      shape: 'heart',
      heightMm: 18,
      thicknessMm: 1.6,
      bail: { innerDiameterMm: 3, wireMm: 1.1 },
    },
    setting: null,
    engraving: { text: 'Chloé', face: 'front' },
  },
  ovalDisc: {
    version: 1,
    piece: {
      kind: 'pendant',
      shape: 'disc',
      heightMm: 16,
      thicknessMm: 1.4,
      bail: { innerDiameterMm: 3.5, wireMm: 1 },
    },
    setting: { style: 'bezel', stone: { cut: 'oval', lengthMm: 8, widthMm: 6 }, prongs: 4 },
    engraving: { text: 'Always', face: 'back' },
  },
};
