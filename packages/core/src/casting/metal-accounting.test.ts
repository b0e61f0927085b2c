import { describe, expect, it } from 'vitest';
import { castingLoss, lossValueCents, metalToIssue } from './metal-accounting';

describe('metal accounting of a casting tree', () => {
  it('issues the wax weight times the alloy ratio, plus the sprue allowance', () => {
    expect(metalToIssue(12.5, { waxRatio: 10.36, sprueAllowanceG: 20 })).toBe(149.5);
    expect(metalToIssue(3.33, { waxRatio: 15.58, sprueAllowanceG: 12.5 })).toBe(64.38);
  });

  it('loses what was issued and did not come back as pieces, button or scrap', () => {
    expect(castingLoss(149.5, { piecesG: 98.2, buttonG: 45.1, scrapG: 3.7 })).toEqual({
      returnedG: 147,
      lossG: 2.5,
      lossPct: 1.67,
    });
  });

  it('shows a gain as a negative loss rather than hiding it', () => {
    expect(castingLoss(100, { piecesG: 60, buttonG: 40, scrapG: 1 }).lossG).toBe(-1);
  });

  it('prices a loss at the alloy’s price per gram, and a gain at nothing', () => {
    expect(lossValueCents(2.5, 160)).toBe(400);
    expect(lossValueCents(-1, 160)).toBe(0);
  });
});
