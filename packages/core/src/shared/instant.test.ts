import { describe, expect, it } from 'vitest';
import { INSTANT_RANGE_MESSAGE, ZInstant } from './instant';

describe('ZInstant', () => {
  it.each(['0001-01-01T00:00:00Z', '2026-05-01T08:00:00+02:00', '9999-12-31'])('takes %s', (value) => {
    expect(ZInstant.safeParse(value).success).toBe(true);
  });

  it.each(['0000-01-01T00:00:00Z', '275760-09-13', '+010000-01-01T00:00:00Z'])(
    'refuses %s with the range in the message',
    (value) => {
      const result = ZInstant.safeParse(value);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([INSTANT_RANGE_MESSAGE]);
    },
  );

  it('refuses a string that is no date at all with one message', () => {
    expect(ZInstant.safeParse('yesterday').error?.issues).toHaveLength(1);
  });
});
