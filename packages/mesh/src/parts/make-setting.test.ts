import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { expectClosed, relativeError } from './expect-closed';
import { makeSettingMetal, makeStone } from './make-setting';
import { CLEARANCE_MM, layOutSetting, SEAT_DEPTH_MM, type SettingSpec, stoneSemiAxes } from './stone-layout';

const flat = () => 0;

const round = (diameter: number, style: SettingSpec['style'], prongs: 4 | 6 = 4): SettingSpec => ({
  style,
  stone: { cut: 'round', lengthMm: diameter, widthMm: diameter },
  prongs,
});

const oval = (length: number, width: number, style: SettingSpec['style']): SettingSpec => ({
  style,
  stone: { cut: 'oval', lengthMm: length, widthMm: width },
  prongs: 4,
});

/** A bezel on a flat face: an elliptic cylinder less a cylindrical cavity and a cone below it. */
function bezelVolume(setting: SettingSpec): number {
  const layout = layOutSetting(setting);
  const outer = Math.PI * layout.footprintA * layout.footprintB * (layout.metalY + SEAT_DEPTH_MM);
  const cavity = Math.PI * (layout.stoneA + CLEARANCE_MM) * (layout.stoneB + CLEARANCE_MM);
  const cone = layout.girdleBottomY - (layout.culetY - CLEARANCE_MM);
  return outer - cavity * (layout.metalY - layout.girdleBottomY) - (cavity * cone) / 3;
}

/** A prong head on a flat face: an elliptic ring plate plus upright cylinders with domed tips. */
function prongHeadVolume(setting: SettingSpec): { plate: number; prongs: number } {
  const layout = layOutSetting(setting);
  const centreA = layout.stoneA + layout.prongOffset;
  const centreB = layout.stoneB + layout.prongOffset;
  const inner = layout.prongRadius + 0.3;
  const outer = layout.footprintA - centreA;
  const plate =
    Math.PI *
    ((centreA + outer) * (centreB + outer) - (centreA - inner) * (centreB - inner)) *
    (layout.metalY + SEAT_DEPTH_MM);
  const r = layout.prongRadius;
  const cylinder = Math.PI * r * r * (layout.prongTopY - (layout.metalY - SEAT_DEPTH_MM));
  return { plate, prongs: setting.prongs * (cylinder + (2 / 3) * Math.PI * r ** 3) };
}

describe('settings', () => {
  it.each([
    ['round 6.5 mm', round(6.5, 'bezel')],
    ['oval 8 × 6 mm', oval(8, 6, 'bezel')],
    ['round 2 mm', round(2, 'bezel')],
  ])('a bezel for a %s stone is a closed cup of the closed-form volume', (_, setting) => {
    const analysis = expectClosed(makeSettingMetal(setting, layOutSetting(setting), flat));
    expect(analysis.shells).toBe(1);
    expect(relativeError(analysis.volumeMm3, bezelVolume(setting))).toBeLessThan(0.003);
  });

  it.each([
    ['4 prongs', round(6.5, 'prong', 4)],
    ['6 prongs', round(5, 'prong', 6)],
    ['an oval', oval(9, 6, 'prong')],
  ])('a prong head with %s is a closed plate and closed prongs of the closed-form volume', (_, setting) => {
    const analysis = expectClosed(makeSettingMetal(setting, layOutSetting(setting), flat));
    expect(analysis.shells).toBe(1 + setting.prongs);
    const { plate, prongs } = prongHeadVolume(setting);
    // The tips are domed by a few flat rings, so a little under a hemisphere each.
    expect(relativeError(analysis.volumeMm3, plate + prongs)).toBeLessThan(0.01);
  });

  it('the underside follows the surface below it, sunk into it', () => {
    const setting = round(6, 'bezel');
    const layout = layOutSetting(setting);
    const saddle = (x: number, z: number) => -0.05 * (x * x + z * z);
    const mesh = makeSettingMetal(setting, layout, saddle);
    expectClosed(mesh);
    const p = mesh.positions;
    let deepest = 0;
    for (let i = 0; i < p.length; i += 3) deepest = Math.min(deepest, p[i + 1]!);
    const edge = layout.footprintA;
    expect(deepest).toBeLessThan(saddle(edge, 0) - SEAT_DEPTH_MM + 0.01);
  });

  it('the stone sits inside the bezel with its girdle at the stone’s size', () => {
    const setting = oval(8, 6, 'bezel');
    const layout = layOutSetting(setting);
    const stone = analyseMesh(makeStone(layout));
    expect(stone.watertight).toBe(true);
    const { a, b } = stoneSemiAxes(setting.stone);
    expect(stone.boundingBoxMm.size[0]).toBeCloseTo(2 * a, 1);
    expect(stone.boundingBoxMm.size[2]).toBeCloseTo(2 * b, 1);
    expect(stone.boundingBoxMm.min[1]).toBeCloseTo(layout.culetY, 5);
    expect(layout.metalY).toBeGreaterThan(layout.girdleTopY);
    expect(layout.metalY).toBeLessThan(layout.tableY);
  });

  it('every setting in range is closed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<SettingSpec['style']>('bezel', 'prong'),
        fc.double({ min: 2, max: 14, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.constantFrom<4 | 6>(4, 6),
        (style, length, ratio, prongs) => {
          const setting: SettingSpec = {
            style,
            stone: { cut: 'oval', lengthMm: length, widthMm: Math.max(2, length * ratio) },
            prongs,
          };
          const analysis = expectClosed(makeSettingMetal(setting, layOutSetting(setting), flat));
          const expected = style === 'bezel' ? bezelVolume(setting) : undefined;
          if (expected) expect(relativeError(analysis.volumeMm3, expected)).toBeLessThan(0.003);
        },
      ),
      { numRuns: 40 },
    );
  });
});
