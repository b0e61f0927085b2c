import { describe, expect, it } from 'vitest';
import { formatLimit, slaBreachReason } from './sla-breach-reason';

describe('slaBreachReason', () => {
  it('names the status as the workshop says it and the limit in whole units', () => {
    expect(slaBreachReason('PRICE_CALCULATED', 2 * 86_400)).toBe('Stuck in Priced longer than 2 days');
    expect(slaBreachReason('SUBMITTED', 3_600)).toBe('Stuck in Submitted longer than 1 hour');
    expect(slaBreachReason('MANUFACTURING_APPROVED', 86_400)).toBe(
      'Stuck in Approved for production longer than 1 day',
    );
  });

  it('falls back to a smaller unit when the limit is not a whole number of the larger one', () => {
    expect(formatLimit(36 * 3_600)).toBe('36 hours');
    expect(formatLimit(90 * 60)).toBe('90 minutes');
    expect(formatLimit(45)).toBe('45 seconds');
  });
});
