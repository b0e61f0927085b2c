import { describe, expect, it } from 'vitest';
import { lateness, timePastLimit } from './stuck-limits';

const now = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);

describe('lateness', () => {
  it('is nothing for an order within its limits', () => {
    expect(
      lateness({ status: 'PRICE_CALCULATED', statusChangedAt: hoursAgo(3), promisedAt: null }, now),
    ).toBe(null);
  });

  it('counts time past the status limit for a stuck order', () => {
    expect(lateness({ status: 'SUBMITTED', statusChangedAt: hoursAgo(3), promisedAt: null }, now)).toEqual({
      lateByS: 2 * 3600,
      reason: 'stuck',
    });
  });

  it('counts time past the promised date when that is later', () => {
    const late = lateness(
      { status: 'MANUFACTURING_STARTED', statusChangedAt: hoursAgo(1), promisedAt: hoursAgo(48) },
      now,
    );
    expect(late).toEqual({ lateByS: 48 * 3600, reason: 'past-promise' });
  });

  it('ignores the promise once the piece has shipped, and never flags drafts or finished orders', () => {
    expect(
      lateness({ status: 'SHIPPED', statusChangedAt: hoursAgo(24), promisedAt: hoursAgo(48) }, now),
    ).toBe(null);
    expect(lateness({ status: 'INITIATED', statusChangedAt: hoursAgo(999), promisedAt: null }, now)).toBe(
      null,
    );
    expect(
      lateness({ status: 'CLOSED', statusChangedAt: hoursAgo(999), promisedAt: hoursAgo(999) }, now),
    ).toBe(null);
  });
});

describe('timePastLimit', () => {
  it('is the time spent in the status beyond its limit, negative while within it', () => {
    expect(timePastLimit({ status: 'SUBMITTED', statusChangedAt: hoursAgo(3) }, now)).toBe(2 * 3600);
    expect(timePastLimit({ status: 'PRICE_CALCULATED', statusChangedAt: hoursAgo(24) }, now)).toBe(
      -24 * 3600,
    );
  });

  it('is null for statuses without a limit', () => {
    expect(timePastLimit({ status: 'INITIATED', statusChangedAt: hoursAgo(999) }, now)).toBe(null);
    expect(timePastLimit({ status: 'CANCELLED', statusChangedAt: hoursAgo(999) }, now)).toBe(null);
  });
});
