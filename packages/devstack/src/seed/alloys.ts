import type { Currency } from '@facet/core/shared/currency';

/**
 * The workshop's alloys. Densities are the usual published figures for each alloy; prices per gram
 * are plausible fabricated-metal prices for late 2026 and are edited by an admin in production.
 */
const GOLD_WORK = {
  castingBaseCents: 4_500,
  perCm2Cents: 90,
  per10kTrianglesCents: 20,
  finishCents: { polished: 0, satin: 1_500, matte: 1_200 },
  engravingCents: 3_000,
  resizeCents: 2_500,
  leadTimeDays: 10,
};

export const DEMO_ALLOYS = [
  {
    code: 'AG925',
    name: 'Sterling silver 925',
    metal: 'silver',
    colour: 'white',
    densityGPerCm3: 10.36,
    pricePerGramCents: 160,
    castingLossPct: 8,
    workRates: { ...GOLD_WORK, castingBaseCents: 2_500, perCm2Cents: 60, leadTimeDays: 7 },
  },
  {
    code: 'AU585Y',
    name: 'Yellow gold 585 (14k)',
    metal: 'gold',
    colour: 'yellow',
    densityGPerCm3: 13.07,
    pricePerGramCents: 6_850,
  },
  {
    code: 'AU585W',
    name: 'White gold 585 (14k)',
    metal: 'gold',
    colour: 'white',
    densityGPerCm3: 12.61,
    pricePerGramCents: 7_050,
  },
  {
    code: 'AU585R',
    name: 'Rose gold 585 (14k)',
    metal: 'gold',
    colour: 'rose',
    densityGPerCm3: 13.14,
    pricePerGramCents: 6_800,
  },
  {
    code: 'AU750Y',
    name: 'Yellow gold 750 (18k)',
    metal: 'gold',
    colour: 'yellow',
    densityGPerCm3: 15.58,
    pricePerGramCents: 8_790,
  },
  {
    code: 'AU750W',
    name: 'White gold 750 (18k)',
    metal: 'gold',
    colour: 'white',
    densityGPerCm3: 15.96,
    pricePerGramCents: 9_100,
  },
  {
    code: 'AU750R',
    name: 'Rose gold 750 (18k)',
    metal: 'gold',
    colour: 'rose',
    densityGPerCm3: 15.02,
    pricePerGramCents: 8_740,
  },
  {
    code: 'PT950',
    name: 'Platinum 950',
    metal: 'platinum',
    colour: 'white',
    densityGPerCm3: 20.7,
    pricePerGramCents: 5_200,
    castingLossPct: 7,
    workRates: { ...GOLD_WORK, castingBaseCents: 8_000, perCm2Cents: 140, leadTimeDays: 14 },
  },
].map((alloy, index) => ({ castingLossPct: 5, workRates: GOLD_WORK, ...alloy, sortOrder: index }));

/** Demo prices in roubles: the euro figures at a round 100 ₽ to the euro. */
const RUB_PER_EUR = 100;

/** The demo alloys priced in the installation's currency (their figures are written in euros). */
export function demoAlloysIn(currency: Currency) {
  const rate = currency === 'RUB' ? RUB_PER_EUR : 1;
  const scale = (cents: number) => Math.round(cents * rate);
  return DEMO_ALLOYS.map((alloy) => {
    const work = alloy.workRates;
    return {
      ...alloy,
      currency,
      pricePerGramCents: scale(alloy.pricePerGramCents),
      workRates: {
        ...work,
        castingBaseCents: scale(work.castingBaseCents),
        perCm2Cents: scale(work.perCm2Cents),
        per10kTrianglesCents: scale(work.per10kTrianglesCents),
        finishCents: {
          polished: scale(work.finishCents.polished),
          satin: scale(work.finishCents.satin),
          matte: scale(work.finishCents.matte),
        },
        engravingCents: scale(work.engravingCents),
        resizeCents: scale(work.resizeCents),
      },
    };
  });
}
