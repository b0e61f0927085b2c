import { describe, expect, it } from 'vitest';
import { earnedCents, toEarningsCsv, workPriceCents } from './earnings-rules';

const quote = (metal: number, work: number[]) => ({
  lines: [
    { code: 'metal', amountCents: metal },
    ...work.map((amountCents) => ({ code: 'casting', amountCents })),
  ],
});

describe('operator earnings rules', () => {
  it('counts the work of an order without its metal, times each item’s quantity', () => {
    expect(workPriceCents([{ priceBreakdown: quote(9_000, [2_500, 300]), quantity: 2 }])).toBe(5_600);
    expect(workPriceCents([{ priceBreakdown: null, quantity: 1 }])).toBe(0);
  });

  it('pays per finished order or a share of its work price', () => {
    expect(
      earnedCents({ kind: 'per_order', perOrderCents: 1_500, workSharePct: 0 }, { workCents: 9_999 }),
    ).toBe(1_500);
    expect(
      earnedCents({ kind: 'work_share', perOrderCents: 0, workSharePct: 12.5 }, { workCents: 5_600 }),
    ).toBe(700);
  });

  it('writes one CSV line per operator, quoting what needs it and defusing formulas', () => {
    const csv = toEarningsCsv([
      {
        operatorName: 'Kowalski, Anna',
        operatorEmail: '=cmd@x.test',
        claimed: 3,
        finished: 2,
        released: 1,
        valueCents: 123_456,
        metalLossG: 2.5,
        metalLossValueCents: 400,
        earnedCents: 3_000,
      },
    ]);
    expect(csv).toBe(
      'operator,email,claimed,finished,released,value_eur,metal_loss_g,metal_loss_eur,earnings_eur\r\n' +
        `"Kowalski, Anna",'=cmd@x.test,3,2,1,1234.56,2.50,4.00,30.00\r\n`,
    );
  });
});
