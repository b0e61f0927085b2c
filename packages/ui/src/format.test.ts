import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  it('shows the time on the workshop’s clock, whatever the time zone of the machine rendering it', () => {
    // 23:30 UTC on 5 January is already the 6th in Paris.
    expect(formatDateTime(new Date('2026-01-05T23:30:00Z'))).toBe('6 Jan 2026, 00:30');
    // Summer time: UTC+2.
    expect(formatDateTime(new Date('2026-07-01T10:15:00Z'))).toBe('1 Jul 2026, 12:15');
  });
});
