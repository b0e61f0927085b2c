import type { BandSection } from './band-profile';
import type { BandPiece } from './design';
import { innerDiameterMm } from './ring-size';

/** The band's cross-section in millimetres, its inner radius from the ring size. */
export function sectionOfBand(band: BandPiece): BandSection {
  return {
    profile: band.profile,
    innerRadiusMm: innerDiameterMm(band.size) / 2,
    widthMm: band.widthMm,
    thicknessMm: band.thicknessMm,
  };
}
