import { analyseMesh } from '@facet/mesh/analyse';
import { buildDesign } from '@facet/mesh/parts/build-design';
import { checkDesign } from '@facet/mesh/parts/check-design';
import { DESIGN_PRESETS } from '@facet/mesh/parts/ready-made-designs';
import { describe, expect, it } from 'vitest';
import { describeDesign, designFileName } from './describe-design';
import { ZDesign } from './design-schema';

describe('ready-made designs', () => {
  it.each(DESIGN_PRESETS.map((preset) => [preset.name, preset] as const))(
    '%s can be made, is watertight and fits the schema',
    (_, preset) => {
      expect(checkDesign(preset.design)).toEqual([]);
      expect(ZDesign.parse(preset.design)).toEqual(preset.design);
      const analysis = analyseMesh(buildDesign(preset.design));
      expect(analysis.watertight).toBe(true);
      expect(analysis.triangleCount).toBeLessThan(100_000);
    },
  );

  it('are named for the cart and the workshop', () => {
    expect(describeDesign(DESIGN_PRESETS[0]!.design)).toBe(
      'Ring EU 54, court 2.2 mm, 6.5 mm round in a prong setting',
    );
    expect(designFileName(DESIGN_PRESETS[3]!.design)).toBe(
      'Drop pendant 24 mm, 8×6 mm oval in a bezel setting, engraved.stl',
    );
  });
});
