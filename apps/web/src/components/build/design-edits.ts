import type { BandPiece, Design, PendantPiece } from '@facet/mesh/parts/design';
import type { SettingSpec, StoneCut } from '@facet/mesh/parts/stone-layout';

export const DEFAULT_BAND: BandPiece = {
  kind: 'band',
  size: { system: 'EU', value: 54 },
  profile: 'court',
  widthMm: 2.5,
  thicknessMm: 1.8,
};

export const DEFAULT_PENDANT: PendantPiece = {
  kind: 'pendant',
  shape: 'disc',
  heightMm: 16,
  thicknessMm: 1.5,
  bail: { innerDiameterMm: 3, wireMm: 1.1 },
};

/** A ring becomes a pendant or back: the stone stays, the engraving moves to a face the piece has. */
export function switchPieceKind(design: Design, kind: 'band' | 'pendant'): Design {
  if (design.piece.kind === kind) return design;
  const piece = kind === 'band' ? DEFAULT_BAND : DEFAULT_PENDANT;
  const engraving = design.engraving
    ? {
        ...design.engraving,
        face: kind === 'band' ? ('inside' as const) : design.setting ? ('back' as const) : ('front' as const),
      }
    : null;
  return { ...design, piece, engraving };
}

/** No stone, or a round or oval one; the size carries over as well as it can. */
export function switchStoneCut(setting: SettingSpec | null, cut: StoneCut | 'none'): SettingSpec | null {
  if (cut === 'none') return null;
  const style = setting?.style ?? 'prong';
  const prongs = setting?.prongs ?? 4;
  if (cut === 'round') {
    const size = setting?.stone.cut === 'round' ? setting.stone.lengthMm : 5;
    return { style, prongs, stone: { cut, lengthMm: size, widthMm: size } };
  }
  if (setting?.stone.cut === 'oval') return setting;
  return { style, prongs, stone: { cut, lengthMm: 7, widthMm: 5 } };
}
