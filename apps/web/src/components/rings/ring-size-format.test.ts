import { describe, expect, it } from 'vitest';
import { castabilityTextsIn } from '../castability/castability-texts-in';
import { formatRingSizeEverywhereIn, formatRingSizeIn } from './ring-size-format';

describe('ring sizes in the reader’s language', () => {
  it('keeps the codes in English and names the systems in Russian, Russian first', () => {
    expect(formatRingSizeEverywhereIn(54 / Math.PI, 'en')).toBe('EU 54 · US 6¾ · UK N · RU 17');
    expect(formatRingSizeEverywhereIn(54 / Math.PI, 'ru')).toBe('Рос. 17 · Евр. 54 · Амер. 6¾ · Брит. N');
    expect(formatRingSizeIn({ system: 'RU', value: 17.5 }, 'ru')).toBe('Рос. 17,5');
    expect(formatRingSizeIn({ system: 'US', value: 6.75 }, 'ru')).toBe('Амер. 6¾');
  });
});

describe('the castability verdict in the reader’s language', () => {
  const finding = {
    kind: 'thin-wall' as const,
    blocking: false,
    message:
      'The wall is 0.40 mm thick at x 1.0, y 2.0, z 3.0 mm; we cast walls in Sterling silver 925 from 0.8 mm.',
    atMm: [1, 2, 3] as [number, number, number],
    boxMm: null,
    measuredMm: 0.4,
    limitMm: 0.8,
    areaMm2: 1,
  };
  const castability = {
    alloyCode: 'AG925',
    verdict: 'CASTABLE_WITH_RISK' as const,
    summary: `Castable in Sterling silver 925, with a risk: ${finding.message}`,
    findings: [finding],
    rules: { minWallMm: 0.8, minWireMm: 0.9, minDetailMm: 0.3, maxPieceMm: 80 },
  };
  const texts = (locale: 'en' | 'ru') => castabilityTextsIn(castability, locale);

  it('reads in English exactly as the core states it', () => {
    expect(texts('en').summary).toBe(castability.summary);
  });

  it('reads in Russian from the figures the finding measured', () => {
    expect(texts('ru').summary).toBe(
      'Можно отлить из сплава Sterling silver 925, но с риском: Стенка толщиной 0,40 мм в точке x 1,0, y 2,0, z 3,0 мм; стенки из сплава Sterling silver 925 мы льём от 0,8 мм.',
    );
  });
});
