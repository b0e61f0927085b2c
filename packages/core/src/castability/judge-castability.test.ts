import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeTube } from '@facet/mesh/generate';
import { describe, expect, it } from 'vitest';
import { scaleAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { DEFAULT_DESIGN_RULES, type TDesignRules } from './design-rules';
import { areaThinnerThan, judgeCastability } from './judge-castability';

const SILVER = { code: 'AG925', name: 'Sterling silver 925', designRules: DEFAULT_DESIGN_RULES.silver };
const GOLD = { code: 'AU750Y', name: 'Yellow gold 750 (18k)', designRules: DEFAULT_DESIGN_RULES.gold };
const withRules = (rules: Partial<TDesignRules>) => ({
  ...SILVER,
  designRules: { ...SILVER.designRules, ...rules },
});

const analyse = (mesh: Parameters<typeof analyseMeshWithThickness>[0]) =>
  ZModelAnalysis.parse(analyseMeshWithThickness(mesh).analysis);

/** A band 0.7 mm thick all round (20 mm across, 3 mm wide). */
const THIN_BAND_ALL_ROUND = analyse(
  makeTube({ innerRadius: 9.3, outerRadiusAt: () => 10, height: 3, around: 360, along: 4 }),
);

/** A 1.5 mm band filed down to `filedTo` mm around angle 0 (about 2 mm of its circumference). */
const filedBand = (filedTo: number) =>
  FILED_BANDS.get(filedTo) ??
  analyse(
    makeTube({
      innerRadius: 8.5,
      outerRadiusAt: (angle) => (Math.cos(angle) > 0.995 ? 8.5 + filedTo : 10),
      height: 3,
      around: 720,
      along: 4,
    }),
  );

/** Analysed once, outside the tests' time limits (a busy machine takes seconds per band). */
const FILED_BANDS = new Map<number, ReturnType<typeof analyse>>();
for (const filedTo of [0.6, 0.3]) FILED_BANDS.set(filedTo, filedBand(filedTo));

/** A ring of 0.9 mm round wire. */
const WIRE_RING = analyse(makeTorus(20_000, 9.75, 0.45));

describe('judgeCastability', () => {
  it('casts the same band in gold but not in silver when the rules say so', () => {
    const band = THIN_BAND_ALL_ROUND;
    const gold = judgeCastability(band, GOLD);
    const silver = judgeCastability(band, SILVER);
    expect(gold).toMatchObject({ alloyCode: 'AU750Y', verdict: 'CASTABLE', findings: [] });
    expect(gold.summary).toBe('Castable in Yellow gold 750 (18k).');
    expect(silver.verdict).toBe('NOT_CASTABLE');
    expect(silver.findings[0]).toMatchObject({ kind: 'thin-wall', blocking: true, limitMm: 0.8 });
    expect(silver.findings[0]!.measuredMm).toBeCloseTo(0.7, 1);
    expect(silver.summary).toMatch(
      /^Not castable in Sterling silver 925: The wall is 0\.7\d mm thick at x .+; we cast walls in Sterling silver 925 from 0\.8 mm\.$/,
    );
  });

  it('calls a band thin in one small place a risk, and says where', () => {
    const verdict = judgeCastability(filedBand(0.6), SILVER);
    expect(verdict.verdict).toBe('CASTABLE_WITH_RISK');
    const [finding] = verdict.findings;
    expect(finding).toMatchObject({ kind: 'thin-wall', blocking: false, limitMm: 0.8 });
    expect(finding!.measuredMm).toBeGreaterThan(0.55);
    expect(finding!.measuredMm).toBeLessThan(0.65);
    // The filed place is at angle 0: x ≈ 8.5–9.1 mm, y ≈ 0.
    expect(finding!.atMm![0]).toBeGreaterThan(8.3);
    expect(Math.abs(finding!.atMm![1])).toBeLessThan(1.2);
    expect(verdict.summary).toMatch(
      /^Castable in Sterling silver 925, with a risk: The wall is 0\.\d\d mm thick/,
    );
  });

  it('refuses a place far below the minimum (under 60 %), however small', () => {
    const verdict = judgeCastability(filedBand(0.3), SILVER);
    expect(verdict.verdict).toBe('NOT_CASTABLE');
    expect(verdict.findings[0]).toMatchObject({ kind: 'thin-wall', blocking: true });
  });

  it('follows the rules: the same filed band passes once the minimum wall is lowered', () => {
    expect(judgeCastability(filedBand(0.6), withRules({ minWallMm: 0.5 })).verdict).toBe('CASTABLE');
  });

  it('refuses a piece larger than the flask, naming the limit', () => {
    const ring = analyse(makeTorus(4_000, 9.75, 1.25));
    const verdict = judgeCastability(ring, withRules({ maxPieceMm: 20 }));
    expect(verdict.verdict).toBe('NOT_CASTABLE');
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        kind: 'too-large',
        blocking: true,
        limitMm: 20,
        measuredMm: expect.closeTo(22, 1),
      }),
    ]);
    expect(judgeCastability(scaleAnalysis(ring, 0.8), withRules({ maxPieceMm: 20 })).verdict).toBe(
      'CASTABLE',
    );
  });

  it('refuses an open model in every alloy, with where its hole is', () => {
    const torus = makeTorus(2_000, 10, 2);
    const open = analyse({ positions: torus.positions, indices: torus.indices.subarray(3) });
    for (const alloy of [SILVER, GOLD]) {
      const verdict = judgeCastability(open, alloy);
      expect(verdict.verdict).toBe('NOT_CASTABLE');
      expect(verdict.findings[0]).toMatchObject({ kind: 'holes', blocking: true });
      expect(verdict.findings[0]!.atMm![0]).toBeGreaterThan(10);
    }
  });

  it('calls a wall it could not measure a risk, saying why', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    const verdict = judgeCastability(ZModelAnalysis.parse(analysis), GOLD);
    expect(verdict.verdict).toBe('CASTABLE_WITH_RISK');
    expect(verdict.findings).toEqual([
      expect.objectContaining({ kind: 'thickness-unknown', blocking: false }),
    ]);
    expect(verdict.findings[0]!.message).toMatch(/^Thickness unknown: the model is too detailed/);
  });

  it('judges thin parts that span far in two directions (a ring of thin wire) by the wall minimum', () => {
    const wireRing = WIRE_RING;
    expect(judgeCastability(wireRing, SILVER).verdict).toBe('CASTABLE');
    expect(judgeCastability(wireRing, withRules({ minWallMm: 1 })).verdict).toBe('NOT_CASTABLE');
  });
});

describe('areaThinnerThan', () => {
  it('interpolates between the 0.05 mm steps', () => {
    const steps = Array.from({ length: 40 }, (_, k) => (k + 1) * 10);
    expect(areaThinnerThan(steps, 0.05)).toBeCloseTo(10);
    expect(areaThinnerThan(steps, 0.075)).toBeCloseTo(15);
    expect(areaThinnerThan(steps, 5)).toBe(400);
  });
});
