import { describe, expect, it } from 'vitest';
import { OPERATOR_STATUSES } from '../orders/operator-statuses';
import { checkTransition } from '../orders/transitions';
import { IN_PRODUCTION_STATUSES, isInProduction, NEXT_PRODUCTION_STEP } from './production-steps';

describe('production steps', () => {
  it('are moves the transition table lets the claimant, and only the claimant, make', () => {
    for (const from of IN_PRODUCTION_STATUSES) {
      const to = NEXT_PRODUCTION_STEP[from];
      expect(checkTransition({ from, to, by: 'operator', isClaimant: true }).allowed, `${from} → ${to}`).toBe(
        true,
      );
      expect(checkTransition({ from, to, by: 'operator', isClaimant: false }).allowed).toBe(false);
    }
  });

  it('end at SHIPPED, which leaves the bench but stays on the console', () => {
    expect(NEXT_PRODUCTION_STEP.PACKAGING).toBe('SHIPPED');
    expect(isInProduction('SHIPPED')).toBe(false);
    expect(OPERATOR_STATUSES).toEqual(['MANUFACTURING_APPROVED', ...IN_PRODUCTION_STATUSES, 'SHIPPED']);
  });

  it('let an operator claim from the pool and give a claim back', () => {
    expect(
      checkTransition({ from: 'MANUFACTURING_APPROVED', to: 'MANUFACTURING_STARTED', by: 'operator' })
        .allowed,
    ).toBe(true);
    expect(
      checkTransition({
        from: 'MANUFACTURING_STARTED',
        to: 'MANUFACTURING_APPROVED',
        by: 'operator',
        isClaimant: true,
      }).allowed,
    ).toBe(true);
  });
});
