import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeTube } from '@facet/mesh/generate';
import { describe, expect, it } from 'vitest';
import { renderDomainMessage, renderStoredMessage } from '../i18n/domain-messages';
import { scaleAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { DEFAULT_DESIGN_RULES, type TDesignRules } from './design-rules';
import { areaThinnerThan, castabilityIn, judgeCastability, type TCastability } from './judge-castability';
import { refusalOf } from './judge-order-item';

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

/** English words of the verdicts that a Russian one never carries (the alloy's own name aside). */
const ENGLISH =
  /\b(castable|risk|wall|wire|prong|thick|hole|seam|mesh|volume|flask|thinner|millimetres|close it|we cast)\b/i;

function expectRussian(verdict: TCastability) {
  const summary = renderStoredMessage(verdict.summaryLocalized, 'ru');
  expect(summary).toMatch(/[а-яё]{4,}/i);
  expect(summary!.replaceAll(/Sterling silver 925|Yellow gold 750 \(18k\)/g, '')).not.toMatch(ENGLISH);
  expect(summary).not.toContain(verdict.summary);
  // The English the API and the logs read is the same message said in English.
  expect(renderStoredMessage(verdict.summaryLocalized, 'en')).toBe(verdict.summary);
  for (const finding of verdict.findings) {
    const russian = renderStoredMessage(finding.localized, 'ru');
    expect(russian).toMatch(/[а-яё]{4,}/i);
    expect(russian).not.toContain(finding.message);
    expect(renderStoredMessage(finding.localized, 'en')).toBe(finding.message);
  }
  return summary!;
}

describe('the verdict in Russian', () => {
  it('says a thin band in silver in Russian, with Russian decimals, and never the English sentence', () => {
    const silver = judgeCastability(THIN_BAND_ALL_ROUND, SILVER);
    const summary = expectRussian(silver);
    expect(summary).toMatch(
      /^Из сплава Sterling silver 925 отлить нельзя: Стенка толщиной 0,7\d мм в точке x -?\d+,\d, y -?\d+,\d, z -?\d+,\d мм; стенки из сплава Sterling silver 925 мы льём от 0,8 мм\.$/,
    );
    expect(expectRussian(judgeCastability(THIN_BAND_ALL_ROUND, GOLD))).toBe(
      'Можно отлить из сплава Yellow gold 750 (18k).',
    );
  });

  it('says a risk, a piece too large, an open mesh and an unmeasured wall in Russian', () => {
    expect(expectRussian(judgeCastability(filedBand(0.6), SILVER))).toMatch(
      /^Можно отлить из сплава Sterling silver 925, но с риском: Стенка толщиной 0,\d\d мм/,
    );
    const ring = analyse(makeTorus(4_000, 9.75, 1.25));
    expect(expectRussian(judgeCastability(ring, withRules({ maxPieceMm: 20 })))).toMatch(
      /не помещается в нашу опоку для сплава Sterling silver 925 \(не больше 20 мм\)/,
    );
    const torus = makeTorus(2_000, 10, 2);
    const open = analyse({ positions: torus.positions, indices: torus.indices.subarray(3) });
    expect(expectRussian(judgeCastability(open, SILVER))).toMatch(
      /^Из сплава Sterling silver 925 отлить нельзя: /,
    );
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    expect(expectRussian(judgeCastability(ZModelAnalysis.parse(analysis), GOLD))).toBe(
      'Можно отлить из сплава Yellow gold 750 (18k), но с риском: Толщину стенок измерить не удалось: модель слишком детальная, чтобы измерить её за 0 секунд. Ювелир проверит стенки перед литьём.',
    );
  });

  it('says the reason of a wall measured before reasons had codes, and of a verdict stored then', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    const before = ZModelAnalysis.parse({
      ...analysis,
      thickness: { measured: false, reason: 'the model is too detailed to measure within 21 s' },
    });
    const verdict = judgeCastability(before, GOLD);
    expect(verdict.findings[0]!.message).toBe(
      'Thickness unknown: the model is too detailed to measure within 21 s. A jeweller will check the walls before casting.',
    );
    expect(castabilityIn(verdict, 'ru').findings[0]!.message).toBe(
      'Толщину стенок измерить не удалось: модель слишком детальная, чтобы измерить её за 21 секунду. Ювелир проверит стенки перед литьём.',
    );
    // A verdict stored with the reason's English inside its finding.
    const stored = {
      key: 'castability.finding.thickness-unknown',
      params: {
        reason:
          '35 % of its surface has no wall behind it: the model is open or its faces point the wrong way',
      },
    };
    expect(renderStoredMessage(stored, 'ru')).toBe(
      'Толщину стенок измерить не удалось: у 35 % поверхности нет стенки с обратной стороны: модель не замкнута или её грани смотрят не в ту сторону. Ювелир проверит стенки перед литьём.',
    );
    const unknownReason = judgeCastability(
      ZModelAnalysis.parse({ ...analysis, thickness: { measured: false, reason: 'the moon was full' } }),
      GOLD,
    );
    expect(castabilityIn(unknownReason, 'ru').findings[0]!.message).toBe(
      'Толщину стенок измерить не удалось: the moon was full. Ювелир проверит стенки перед литьём.',
    );
  });

  it('puts the summary in the refusal of a piece that cannot be ordered, in Russian', () => {
    const refusal = refusalOf(judgeCastability(THIN_BAND_ALL_ROUND, SILVER), false, 'band.stl');
    expect(refusal?.localized.key).toBe('castability.refused');
    const russian = renderDomainMessage(refusal!.localized, 'ru');
    expect(russian).toMatch(/^band\.stl: Из сплава Sterling silver 925 отлить нельзя: Стенка толщиной/);
    expect(russian).not.toMatch(/Not castable|The wall/);
    expect(refusal?.message).toMatch(
      /^band\.stl: Not castable in Sterling silver 925: The wall is 0\.7\d mm thick/,
    );

    const risky = refusalOf(judgeCastability(filedBand(0.6), SILVER), false, 'band.stl');
    expect(renderDomainMessage(risky!.localized, 'ru')).toMatch(
      /^band\.stl: Можно отлить из сплава Sterling silver 925, но с риском: .+ Чтобы заказать изделие в этом сплаве, примите риск\.$/,
    );
  });

  it('says a verdict stored before messages were kept as it was stored', () => {
    const verdict = judgeCastability(THIN_BAND_ALL_ROUND, SILVER);
    const { summaryLocalized: _summary, ...stored } = {
      ...verdict,
      findings: verdict.findings.map(({ localized: _finding, ...finding }) => finding),
    };
    expect(castabilityIn(stored, 'ru').summary).toBe(verdict.summary);
    expect(castabilityIn(verdict, 'ru').summary).toMatch(/^Из сплава Sterling silver 925 отлить нельзя/);
    expect(castabilityIn(verdict, 'ru').findings[0]?.message).toMatch(/^Стенка толщиной/);
    expect(castabilityIn(verdict, 'en')).toEqual(verdict);
    const refusal = refusalOf(stored, false, 'band.stl');
    expect(refusal?.localized.key).toBe('castability.not-castable');
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
