import { DEFAULT_DESIGN_RULES } from '@facet/core/castability/design-rules';
import { judgeCastability } from '@facet/core/castability/judge-castability';
import { THIN_SPOT_BAND as BAND } from '@facet/core/castability/thin-spot-band';
import { describe, expect, it } from 'vitest';
import { castabilityTextsIn } from './castability-texts-in';

const SILVER = { code: 'AG925', name: 'Sterling silver 925', designRules: DEFAULT_DESIGN_RULES.silver };

const texts = castabilityTextsIn;

describe('the castability verdict from the catalogue', () => {
  const verdict = judgeCastability(BAND, SILVER);

  it('is a risk with one thin wall, said in Russian from its messages', () => {
    expect(verdict.verdict).toBe('CASTABLE_WITH_RISK');
    expect(texts(verdict, 'ru').summary).toBe(
      'Можно отлить из сплава Sterling silver 925, но с риском: Стенка толщиной 0,40 мм в точке x 1,0, y 2,0, z 3,0 мм; стенки из сплава Sterling silver 925 мы льём от 0,8 мм.',
    );
    expect(texts(verdict, 'ru').findings).toEqual([
      'Стенка толщиной 0,40 мм в точке x 1,0, y 2,0, z 3,0 мм; стенки из сплава Sterling silver 925 мы льём от 0,8 мм.',
    ]);
    expect(texts(verdict, 'en').summary).toBe(verdict.summary);
  });

  it('reads as a verdict stored without messages reads, rebuilt from its figures', () => {
    const { summaryLocalized: _summary, ...stored } = {
      ...verdict,
      findings: verdict.findings.map(({ localized: _finding, ...finding }) => finding),
    };
    for (const locale of ['en', 'ru'] as const) {
      expect(texts(verdict, locale)).toEqual(texts(stored, locale));
    }
  });
});

describe('an unmeasured wall in a verdict', () => {
  const { thickness: _measured, ...band } = BAND;
  const unmeasured = {
    ...band,
    thickness: {
      measured: false as const,
      reason: 'the model is too detailed to measure within 20 s',
      code: 'too-detailed' as const,
      params: { seconds: 20 },
    },
  };
  const verdict = judgeCastability(unmeasured, SILVER);
  const russian =
    'Толщину стенок измерить не удалось: модель слишком детальная, чтобы измерить её за 20 секунд. Ювелир проверит стенки перед литьём.';

  it('says why in Russian, and in English as before', () => {
    expect(texts(verdict, 'ru').findings).toEqual([russian]);
    expect(texts(verdict, 'en').findings).toEqual([
      'Thickness unknown: the model is too detailed to measure within 20 s. A jeweller will check the walls before casting.',
    ]);
  });

  it('says why in Russian in a verdict stored without messages too', () => {
    const { summaryLocalized: _summary, ...stored } = {
      ...verdict,
      findings: verdict.findings.map(({ localized: _finding, ...finding }) => finding),
    };
    expect(texts(stored, 'ru').findings).toEqual([russian]);
    expect(texts(stored, 'en').findings).toEqual(texts(verdict, 'en').findings);
  });
});
