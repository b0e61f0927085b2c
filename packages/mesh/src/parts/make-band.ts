import {
  type BandSection,
  ellipseFactor,
  innerRadiusAt,
  type ProfileShape,
  shapeOfSection,
} from './band-profile';
import type { EngravingBitmap } from './engraving-layout';
import { MeshBuilder, type PartMesh } from './mesh-builder';
import { ReliefGrid } from './relief-grid';

/** Segments around the band where nothing is engraved. */
const BASE_SEGMENTS = 160;
/** Points along each curved side of a profile. */
const CURVE_STEPS = 24;

export interface BandEngraving {
  bitmap: EngravingBitmap;
  /** Size of one pixel of the font, along the inside and across it. */
  pitchMm: number;
  depthMm: number;
}

interface ProfilePoint {
  rho: number;
  z: number;
  /** Unit direction into the metal, for cutting (inner face only). */
  into: readonly [number, number];
}

interface Profile {
  points: ProfilePoint[];
  /** Index of the point at the top edge of the engraving's first row. */
  engravingRowStart: number;
}

/**
 * A ring band: the profile swept around the finger's axis (Z), top of the band towards +Y. With an
 * engraving, the text is cut into the inside at the bottom, reading from inside the ring, and the
 * band stays one closed surface.
 */
export function makeBand(section: BandSection, engraving?: BandEngraving): PartMesh {
  const shape = shapeOfSection(section);
  const profile = sampleProfile(shape, engraving);
  const angles = sampleAngles(shape.r, engraving);
  const builder = new MeshBuilder();
  const textColumns = engraving?.bitmap.columns ?? 0;
  const point = (i: number, j: number, depth: number) => {
    const p = profile.points[j]!;
    const rho = p.rho + depth * p.into[0];
    const angle = angles[i]!;
    return [rho * Math.cos(angle), rho * Math.sin(angle), p.z + depth * p.into[1]] as const;
  };
  const grid = new ReliefGrid(builder, {
    cellsU: angles.length,
    cellsV: profile.points.length,
    periodicU: true,
    periodicV: true,
    surfacePoint: (i, j) => point(i, j, 0),
    cutPoint: (i, j) => point(i, j, engraving?.depthMm ?? 0),
    isCut: (u, v) => {
      if (!engraving || u >= textColumns) return false;
      const row = v - profile.engravingRowStart;
      const { bitmap } = engraving;
      if (row < 0 || row >= bitmap.rows) return false;
      // Cells run with the angle; the text reads the other way when seen from inside.
      return bitmap.cut[row * bitmap.columns + (textColumns - 1 - u)] === 1;
    },
  });
  grid.emit();
  return builder.build();
}

/**
 * Angles of the columns around the band: the engraving's columns one pixel apart, centred at the
 * bottom (−Y), then even steps round the rest of the circle.
 */
function sampleAngles(innerRadius: number, engraving: BandEngraving | undefined): number[] {
  const full = 2 * Math.PI;
  if (!engraving) return Array.from({ length: BASE_SEGMENTS }, (_, i) => (full * i) / BASE_SEGMENTS);
  const step = engraving.pitchMm / innerRadius;
  const columns = engraving.bitmap.columns;
  const span = columns * step;
  const start = -Math.PI / 2 - span / 2;
  const rest = full - span;
  const restSegments = Math.max(8, Math.ceil(rest / (full / BASE_SEGMENTS)));
  const angles: number[] = [];
  for (let k = 0; k < columns; k++) angles.push(start + k * step);
  for (let k = 0; k < restSegments; k++) angles.push(start + span + (rest * k) / restSegments);
  return angles;
}

/**
 * The profile as a counter-clockwise loop in (ρ, z): up the outside, across the top edge, down the
 * inside (through the engraving's row lines), across the bottom edge.
 */
function sampleProfile(shape: ProfileShape, engraving: BandEngraving | undefined): Profile {
  const { halfWidth, r, insideCurve, edge, dome } = shape;
  const points: ProfilePoint[] = [];
  const outerSteps = dome > 0 ? CURVE_STEPS : 1;
  for (let k = 0; k <= outerSteps; k++) {
    const alpha = Math.PI * (1 - k / outerSteps);
    points.push({
      rho: r + insideCurve + edge + dome * Math.sin(alpha),
      z: halfWidth * Math.cos(alpha),
      into: [-1, 0],
    });
  }
  const innerZ = sampleInnerHeights(shape, engraving);
  const engravingTop = engraving ? (engraving.bitmap.rows * engraving.pitchMm) / 2 : 0;
  let engravingRowStart = -1;
  for (const z of innerZ) {
    if (engraving && engravingRowStart < 0 && Math.abs(z - engravingTop) < 1e-9)
      engravingRowStart = points.length;
    points.push({ rho: innerRadiusAt(shape, z), z, into: intoMetalInside(shape, z) });
  }
  return { points, engravingRowStart };
}

/** Heights down the inside, from the top edge to the bottom edge, including the text's row lines. */
function sampleInnerHeights(shape: ProfileShape, engraving: BandEngraving | undefined): number[] {
  const { halfWidth, insideCurve } = shape;
  const steps = insideCurve > 0 ? CURVE_STEPS : 1;
  const curve = Array.from({ length: steps + 1 }, (_, k) => halfWidth * Math.cos((Math.PI * k) / steps));
  if (!engraving) return curve;
  const { rows } = engraving.bitmap;
  const pitch = engraving.pitchMm;
  const top = (rows * pitch) / 2;
  const rowLines = Array.from({ length: rows + 1 }, (_, k) => top - k * pitch);
  // Curve samples inside or next to the text block would make slivers: the row lines replace them.
  const kept = curve.filter(
    (z, k) => k === 0 || k === steps || z > top + pitch * 0.5 || z < -top - pitch * 0.5,
  );
  return [...kept, ...rowLines].sort((a, b) => b - a);
}

/** Unit normal of the inside into the metal at height z: outward from the axis, tilted by the curve. */
function intoMetalInside(shape: ProfileShape, z: number): readonly [number, number] {
  if (shape.insideCurve === 0) return [1, 0];
  const s = Math.max(ellipseFactor(z, shape.halfWidth), 1e-6);
  const slope = (shape.insideCurve * z) / (shape.halfWidth * shape.halfWidth * s); // dρ/dz
  const length = Math.hypot(1, slope);
  return [1 / length, -slope / length];
}
