/**
 * Cross-sections of ring bands, in the half-plane (ρ = distance from the finger's axis, z = along the
 * finger). Each is one formula: outer ρ = a + b·s(z), inner ρ = r + c·(1 − s(z)), where s(z) =
 * √(1 − (2z/w)²) is a half-ellipse across the width w. Flat: b = c = 0. D-shape: flat inside, domed
 * outside. Court (comfort fit): domed outside and gently rounded inside.
 */
export type BandProfileName = 'flat' | 'court' | 'd-shape';

export interface BandSection {
  profile: BandProfileName;
  innerRadiusMm: number;
  widthMm: number;
  /** At the thickest point, the middle of the width. */
  thicknessMm: number;
}

export interface ProfileShape {
  /** Inner radius at the middle of the width (the finger touches here). */
  r: number;
  /** How far the inside curves away from the finger at the edges. */
  insideCurve: number;
  /** Height of the straight side walls. */
  edge: number;
  /** How far the outside domes above its edges. */
  dome: number;
  halfWidth: number;
}

/** Share of the thickness in the side walls and in the curve inside, by profile. */
const EDGE_SHARE: Record<BandProfileName, number> = { flat: 1, 'd-shape': 0.35, court: 0.35 };
const INSIDE_CURVE_SHARE: Record<BandProfileName, number> = { flat: 0, 'd-shape': 0, court: 0.2 };

export function shapeOfSection(section: BandSection): ProfileShape {
  const t = section.thicknessMm;
  const insideCurve = INSIDE_CURVE_SHARE[section.profile] * t;
  const edge = EDGE_SHARE[section.profile] * t;
  return {
    r: section.innerRadiusMm,
    insideCurve,
    edge,
    dome: t - insideCurve - edge,
    halfWidth: section.widthMm / 2,
  };
}

/** s(z): 1 in the middle of the width, 0 at the edges. */
export function ellipseFactor(z: number, halfWidth: number): number {
  const u = Math.min(1, Math.abs(z) / halfWidth);
  return Math.sqrt(1 - u * u);
}

/** Outer radius of the band at z (clamped to the band's edges). */
export function outerRadiusAt(shape: ProfileShape, z: number): number {
  return shape.r + shape.insideCurve + shape.edge + shape.dome * ellipseFactor(z, shape.halfWidth);
}

export function innerRadiusAt(shape: ProfileShape, z: number): number {
  return shape.r + shape.insideCurve * (1 - ellipseFactor(z, shape.halfWidth));
}

/** The largest radius of the band: the top of the outside, where a setting sits. */
export function topRadius(shape: ProfileShape): number {
  return outerRadiusAt(shape, 0);
}
