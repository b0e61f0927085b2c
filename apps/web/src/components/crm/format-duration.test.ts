import { describe, expect, it } from 'vitest';
import { durationUnitName, formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('says a duration in at most two units', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.08)).toBe('80 ms');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(3_600 * 2 + 60 * 5 + 7)).toBe('2 h 5 min');
    expect(formatDuration(86_400 * 3 + 3_600 * 4)).toBe('3 d 4 h');
    expect(formatDuration(86_400)).toBe('1 d');
  });

  it('says it with Russian units for a Russian reader', () => {
    expect(formatDuration(86_400 * 3 + 3_600 * 4, 'ru')).toBe('3 дн 4 ч');
    expect(formatDuration(3_600 * 2 + 60 * 5, 'ru')).toBe('2 ч 5 мин');
    expect(formatDuration(0.08, 'ru')).toBe('80 мс');
    expect(formatDuration(12, 'ru')).toBe('12 с');
    expect(durationUnitName('min', 'ru')).toBe('мин');
    // A language without its own names reads English units rather than nothing.
    expect(formatDuration(45, 'de')).toBe('45 s');
  });
});
