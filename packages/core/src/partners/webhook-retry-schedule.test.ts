import { describe, expect, it } from 'vitest';
import { hasAttemptsLeft, WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from './webhook-retry-schedule';

const DAY_MS = 24 * 3600_000;

function span(random: () => number): number {
  let total = 0;
  for (let attempt = 1; hasAttemptsLeft(attempt); attempt += 1) total += webhookRetryDelayMs(attempt, random);
  return total;
}

describe('webhook retry schedule', () => {
  it('grows exponentially from 30 s and stops growing at 4 h', () => {
    const middle = () => 0.5;
    expect(webhookRetryDelayMs(1, middle)).toBe(30_000);
    expect(webhookRetryDelayMs(2, middle)).toBe(60_000);
    expect(webhookRetryDelayMs(5, middle)).toBe(480_000);
    expect(webhookRetryDelayMs(12, middle)).toBe(4 * 3600_000);
  });

  it('jitters each delay within ±25 %', () => {
    expect(webhookRetryDelayMs(3, () => 0)).toBe(90_000);
    expect(webhookRetryDelayMs(3, () => 0.999_999)).toBeCloseTo(150_000, -1);
  });

  it('keeps retrying for more than a day, however the jitter falls', () => {
    expect(span(() => 0)).toBeGreaterThan(DAY_MS);
    expect(span(() => 1)).toBeLessThan(3 * DAY_MS);
    expect(WEBHOOK_MAX_ATTEMPTS).toBeGreaterThan(10);
  });
});
