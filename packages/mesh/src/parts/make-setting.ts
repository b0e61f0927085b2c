import type { PartMesh } from './mesh-builder';
import { type Ring, revolveRings } from './revolve-rings';
import {
  CLEARANCE_MM,
  SEAT_DEPTH_MM,
  type SettingLayout,
  type SettingSpec,
  TABLE_SHARE,
} from './stone-layout';
import { mergeMeshes, transformMesh } from './transform-mesh';

/** Height of the surface the setting stands on at (x, z) of its own frame; 0 under the stone's centre. */
export type SurfaceHeight = (x: number, z: number) => number;

const SEGMENTS = 64;
/** Rings across the underside, so it follows a curved band closely (within a few hundredths of a mm). */
const UNDERSIDE_STEPS = 6;
const PRONG_SEGMENTS = 16;
const STONE_SEGMENTS = 16;

/**
 * The metal of a setting in its own frame (see SettingLayout): a bezel cup, or a plate with prongs.
 * Its underside follows the surface below, sunk SEAT_DEPTH_MM into it, so that they fuse when cast.
 */
export function makeSettingMetal(
  setting: SettingSpec,
  layout: SettingLayout,
  surface: SurfaceHeight,
): PartMesh {
  const seat = (x: number, z: number) => surface(x, z) - SEAT_DEPTH_MM;
  if (setting.style === 'bezel') return makeBezel(layout, seat);
  return mergeMeshes([makePlate(layout, seat), ...makeProngs(setting.prongs, layout)]);
}

/** A cup: outer wall, flat rim, inner wall down to the girdle, a cone down to the culet. */
function makeBezel(layout: SettingLayout, seat: SurfaceHeight): PartMesh {
  const outerA = layout.footprintA;
  const outerB = layout.footprintB;
  const innerA = layout.stoneA + CLEARANCE_MM;
  const innerB = layout.stoneB + CLEARANCE_MM;
  const underside = Array.from(
    { length: UNDERSIDE_STEPS + 1 },
    (_, k): Ring => ({
      a: (outerA * k) / UNDERSIDE_STEPS,
      b: (outerB * k) / UNDERSIDE_STEPS,
      height: seat,
    }),
  );
  const rings: Ring[] = [
    ...underside,
    { a: outerA, b: outerB, height: layout.metalY },
    { a: innerA, b: innerB, height: layout.metalY },
    { a: innerA, b: innerB, height: layout.girdleBottomY },
    { a: 0, b: 0, height: layout.culetY - CLEARANCE_MM },
  ];
  return revolveRings(rings, SEGMENTS);
}

/** The ring-shaped plate the prongs stand on, open in the middle to let light into the stone. */
function makePlate(layout: SettingLayout, seat: SurfaceHeight): PartMesh {
  const centreA = layout.stoneA + layout.prongOffset;
  const centreB = layout.stoneB + layout.prongOffset;
  const inner = layout.prongRadius + 0.3;
  const outer = layout.footprintA - centreA;
  const rings: Ring[] = [
    ...Array.from({ length: 4 }, (_, k): Ring => {
      const out = -inner + ((inner + outer) * k) / 3;
      return { a: centreA + out, b: centreB + out, height: seat };
    }),
    { a: centreA + outer, b: centreB + outer, height: layout.metalY },
    { a: centreA - inner, b: centreB - inner, height: layout.metalY },
  ];
  return revolveRings(rings, SEGMENTS, true);
}

/** Upright round prongs with domed tips, spaced evenly round the girdle, their feet sunk in the plate. */
function makeProngs(count: number, layout: SettingLayout): PartMesh[] {
  const r = layout.prongRadius;
  const foot = layout.metalY - SEAT_DEPTH_MM;
  const top = layout.prongTopY;
  const dome = [22.5, 45, 67.5].map((degrees) => {
    const angle = (degrees * Math.PI) / 180;
    return { a: r * Math.cos(angle), b: r * Math.cos(angle), height: top + r * Math.sin(angle) };
  });
  const prong = revolveRings(
    [
      { a: 0, b: 0, height: foot },
      { a: r, b: r, height: foot },
      { a: r, b: r, height: top },
      ...dome,
      { a: 0, b: 0, height: top + r },
    ],
    PRONG_SEGMENTS,
  );
  return Array.from({ length: count }, (_, k) => {
    const angle = ((k + 0.5) * 2 * Math.PI) / count;
    const x = (layout.stoneA + layout.prongOffset) * Math.cos(angle);
    const z = (layout.stoneB + layout.prongOffset) * Math.sin(angle);
    return transformMesh(prong, ([px, py, pz]) => [px + x, py, pz + z]);
  });
}

/** The stone, for showing only (it is not metal): a brilliant-like cut with a flat table. */
export function makeStone(layout: SettingLayout): PartMesh {
  const { stoneA: a, stoneB: b } = layout;
  return revolveRings(
    [
      { a: 0, b: 0, height: layout.culetY },
      { a, b, height: layout.girdleBottomY },
      { a, b, height: layout.girdleTopY },
      { a: a * TABLE_SHARE, b: b * TABLE_SHARE, height: layout.tableY },
      { a: 0, b: 0, height: layout.tableY },
    ],
    STONE_SEGMENTS,
    false,
    { preserveArea: false },
  );
}
