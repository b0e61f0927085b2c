import { DESIGN_PRESETS } from '@facet/mesh/parts/ready-made-designs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PENDANT, switchPieceKind, switchStoneCut } from './design-edits';

describe('design edits', () => {
  it('a ring with a stone and an inside engraving becomes a pendant engraved on its back', () => {
    const ring = DESIGN_PRESETS.find((preset) => preset.id === 'signet-band')!.design;
    const pendant = switchPieceKind(ring, 'pendant');
    expect(pendant.piece).toEqual(DEFAULT_PENDANT);
    expect(pendant.setting).toEqual(ring.setting);
    expect(pendant.engraving).toEqual({ text: 'A & J', face: 'back' });
    expect(switchPieceKind(pendant, 'band').engraving?.face).toBe('inside');
  });

  it('switching the cut keeps the setting and a sensible size', () => {
    const round = switchStoneCut(null, 'round');
    expect(round).toEqual({ style: 'prong', prongs: 4, stone: { cut: 'round', lengthMm: 5, widthMm: 5 } });
    const oval = switchStoneCut({ ...round!, style: 'bezel' }, 'oval');
    expect(oval?.style).toBe('bezel');
    expect(oval?.stone).toEqual({ cut: 'oval', lengthMm: 7, widthMm: 5 });
    expect(switchStoneCut(oval, 'none')).toBeNull();
  });
});
