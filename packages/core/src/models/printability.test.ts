import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeTube } from '@facet/mesh/generate';
import { describe, expect, it } from 'vitest';
import { ZModelAnalysis } from './model-analysis';
import { checkPrintability } from './printability';

/** A 1.5 mm band, filed down to 0.3 mm around angle 0: by its bounding box it is 20 × 20 × 3 mm. */
const thinBand = () =>
  ZModelAnalysis.parse(
    analyseMeshWithThickness(
      makeTube({
        innerRadius: 8.5,
        outerRadiusAt: (angle) => (Math.cos(angle) > 0.995 ? 8.8 : 10),
        height: 3,
        around: 720,
        along: 4,
      }),
    ).analysis,
  );

describe('checkPrintability', () => {
  it('leaves walls to the verdict per alloy: a band 0.3 mm thick in one place is not refused here', () => {
    expect(checkPrintability(thinBand())).toEqual({ printable: true, problems: [], warnings: [] });
  }, 30_000);

  it('passes a 2.5 mm round wire ring', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000));
    expect(checkPrintability(ZModelAnalysis.parse(analysis))).toEqual({
      printable: true,
      problems: [],
      warnings: [],
    });
  });

  it('says the thickness is unknown, and why, without refusing the model', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    const printability = checkPrintability(ZModelAnalysis.parse(analysis));
    expect(printability.printable).toBe(true);
    expect(printability.warnings).toEqual([
      expect.stringMatching(/^Thickness unknown: the model is too detailed/),
    ]);
  });

  it('names where the hole of an open model is', () => {
    const torus = makeTorus(2_000, 10, 2);
    const { analysis } = analyseMeshWithThickness({
      positions: torus.positions,
      indices: torus.indices.subarray(3),
    });
    const { problems, warnings } = checkPrintability(ZModelAnalysis.parse(analysis));
    expect(problems[0]).toMatch(
      /^This model has holes \(3 open or shared edges; one opening, the largest around x 1\d\.\d/,
    );
    expect(warnings).toEqual([]);
  });
});
