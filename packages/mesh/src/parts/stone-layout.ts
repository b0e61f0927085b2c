export type StoneCut = 'round' | 'oval';
export type SettingStyle = 'bezel' | 'prong';

export interface StoneSpec {
  cut: StoneCut;
  /** Diameter of a round stone; the long side of an oval. */
  lengthMm: number;
  /** Diameter of a round stone (ignored); the short side of an oval. */
  widthMm: number;
}

export interface SettingSpec {
  style: SettingStyle;
  stone: StoneSpec;
  /** Prong settings only. */
  prongs: 4 | 6;
}

/** How deep the metal sinks into the surface it stands on, so that the two fuse when cast. */
export const SEAT_DEPTH_MM = 0.1;
/** Gap between the stone and the metal around it. */
export const CLEARANCE_MM = 0.05;
const BEZEL_WALL_MM = 0.6;
const BEZEL_FLOOR_MM = 0.5;
const PLATE_THICKNESS_MM = 0.7;
/** Round brilliant proportions, as shares of the stone's width. */
const PAVILION_DEPTH = 0.43;
const GIRDLE = 0.03;
const CROWN = 0.15;
export const TABLE_SHARE = 0.56;

/**
 * Where the stone and its metal sit, in the setting's own frame: Y up from the top of the surface
 * below the stone's centre, the stone's width along X and its length along Z.
 */
export interface SettingLayout {
  /** Semi-axes of the stone's girdle. */
  stoneA: number;
  stoneB: number;
  culetY: number;
  girdleBottomY: number;
  girdleTopY: number;
  tableY: number;
  /** Semi-axes of the metal where it meets the surface (for fitting it on a band or pendant). */
  footprintA: number;
  footprintB: number;
  /** Bezel: the top of the wall. Prong: the top of the plate. */
  metalY: number;
  /** Prong settings: radius of each prong, how far out of the girdle its axis is, its straight top. */
  prongRadius: number;
  prongOffset: number;
  prongTopY: number;
}

export function stoneSemiAxes(stone: StoneSpec): { a: number; b: number } {
  const length = stone.lengthMm;
  const width = stone.cut === 'round' ? stone.lengthMm : stone.widthMm;
  return { a: width / 2, b: length / 2 };
}

export function layOutSetting(setting: SettingSpec): SettingLayout {
  const { a, b } = stoneSemiAxes(setting.stone);
  const width = 2 * a;
  const depth = PAVILION_DEPTH * width;
  const crown = CROWN * width;
  if (setting.style === 'bezel') {
    const culetY = BEZEL_FLOOR_MM + CLEARANCE_MM;
    const girdleBottomY = culetY + depth;
    const girdleTopY = girdleBottomY + GIRDLE * width;
    const wall = CLEARANCE_MM + BEZEL_WALL_MM;
    return {
      stoneA: a,
      stoneB: b,
      culetY,
      girdleBottomY,
      girdleTopY,
      tableY: girdleTopY + crown,
      footprintA: a + wall,
      footprintB: b + wall,
      metalY: girdleTopY + 0.35 * crown,
      prongRadius: 0,
      prongOffset: 0,
      prongTopY: 0,
    };
  }
  const prongRadius = Math.min(0.75, Math.max(0.4, 0.08 * width + 0.15));
  const prongOffset = 0.35 * prongRadius;
  const culetY = PLATE_THICKNESS_MM + 0.2;
  const girdleBottomY = culetY + depth;
  const girdleTopY = girdleBottomY + GIRDLE * width;
  const outset = prongOffset + prongRadius + 0.2;
  return {
    stoneA: a,
    stoneB: b,
    culetY,
    girdleBottomY,
    girdleTopY,
    tableY: girdleTopY + crown,
    footprintA: a + outset,
    footprintB: b + outset,
    metalY: PLATE_THICKNESS_MM,
    prongRadius,
    prongOffset,
    prongTopY: girdleTopY + 0.5 * crown,
  };
}

/** Height of the whole setting above the surface: the stone's table or the prongs' tips. */
export function settingHeight(layout: SettingLayout): number {
  return Math.max(layout.tableY, layout.prongTopY + layout.prongRadius);
}
