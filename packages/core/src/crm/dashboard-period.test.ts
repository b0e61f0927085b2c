import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, resolvePeriod, weekStartOf } from './dashboard-period';

describe('dashboard period', () => {
  it('defaults to the 30 days up to today', () => {
    expect(resolvePeriod({}, '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('fills a missing end from the other, never past today', () => {
    expect(resolvePeriod({ to: '2026-02-10' }, '2026-03-31')).toEqual({
      from: '2026-01-12',
      to: '2026-02-10',
    });
    expect(resolvePeriod({ from: '2026-03-20' }, '2026-03-31')).toEqual({
      from: '2026-03-20',
      to: '2026-03-31',
    });
    expect(resolvePeriod({ from: '2026-01-01' }, '2026-03-31')).toEqual({
      from: '2026-01-01',
      to: '2026-01-30',
    });
  });

  it('lists every day of a period, across a month and a daylight-saving change', () => {
    const days = daysBetween('2026-03-27', '2026-04-02');
    expect(days).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
    expect(daysBetween('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('starts weeks on Monday', () => {
    expect(weekStartOf('2026-03-09')).toBe('2026-03-09'); // a Monday
    expect(weekStartOf('2026-03-15')).toBe('2026-03-09'); // the Sunday after
    expect(weekStartOf('2026-03-01')).toBe('2026-02-23');
  });
});
