import type { Design } from './design';

/** A sample model the shop offers visitors without a model of their own, served from /samples/<file>. */
export interface ShopSample {
  file: string;
  label: string;
  design: Design;
}

/** A plain court band (EU size 54) and a heart pendant: one of each kind the workshop casts most. */
export const SHOP_SAMPLES: readonly ShopSample[] = [
  {
    file: 'sample-ring.stl',
    label: 'Ring',
    design: {
      version: 1,
      piece: {
        kind: 'band',
        size: { system: 'EU', value: 54 },
        profile: 'court',
        widthMm: 4,
        thicknessMm: 1.8,
      },
      setting: null,
      engraving: null,
    },
  },
  {
    file: 'sample-pendant.stl',
    label: 'Pendant',
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
      engraving: null,
    },
  },
];
