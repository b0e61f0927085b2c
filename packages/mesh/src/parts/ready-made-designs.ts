import type { Design } from './design';

export interface DesignPreset {
  id: string;
  name: string;
  design: Design;
}

/** Ready-made pieces a shopper starts from on the build page; the first is what the page opens with. */
export const DESIGN_PRESETS: DesignPreset[] = [
  {
    id: 'solitaire',
    name: 'Solitaire ring',
    design: {
      version: 1,
      piece: {
        kind: 'band',
        size: { system: 'EU', value: 54 },
        profile: 'court',
        widthMm: 2.2,
        thicknessMm: 1.7,
      },
      setting: { style: 'prong', stone: { cut: 'round', lengthMm: 6.5, widthMm: 6.5 }, prongs: 4 },
      engraving: null,
    },
  },
  {
    id: 'signet-band',
    name: 'Flat signet band',
    design: {
      version: 1,
      piece: { kind: 'band', size: { system: 'EU', value: 60 }, profile: 'flat', widthMm: 7, thicknessMm: 2 },
      setting: { style: 'bezel', stone: { cut: 'round', lengthMm: 3, widthMm: 3 }, prongs: 4 },
      engraving: { text: 'A & J', face: 'inside' },
    },
  },
  {
    id: 'heart-pendant',
    name: 'Engraved heart',
    design: {
      version: 1,
      piece: {
        kind: 'pendant',
        shape: 'heart',
        heightMm: 18,
        thicknessMm: 1.6,
        bail: { innerDiameterMm: 3, wireMm: 1.1 },
      },
      setting: null,
      engraving: { text: 'Love', face: 'front' },
    },
  },
  {
    id: 'oval-drop',
    name: 'Drop with an oval',
    design: {
      version: 1,
      piece: {
        kind: 'pendant',
        shape: 'drop',
        heightMm: 24,
        thicknessMm: 1.5,
        bail: { innerDiameterMm: 3, wireMm: 1 },
      },
      setting: { style: 'bezel', stone: { cut: 'oval', lengthMm: 8, widthMm: 6 }, prongs: 4 },
      engraving: { text: '12.06.2026', face: 'back' },
    },
  },
  {
    id: 'wedding-band',
    name: 'Wedding band',
    design: {
      version: 1,
      piece: {
        kind: 'band',
        size: { system: 'EU', value: 56 },
        profile: 'd-shape',
        widthMm: 4,
        thicknessMm: 1.8,
      },
      setting: null,
      engraving: { text: 'Forever ♥', face: 'inside' },
    },
  },
];
