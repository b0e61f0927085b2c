/**
 * When a failed webhook delivery is tried again: exponential back-off from 30 s, doubling up to a
 * 4-hour ceiling, each delay jittered by ±25 % so many failing deliveries do not retry in step.
 * 18 attempts span more than a day even when every jitter falls short (see the unit test).
 */
export const WEBHOOK_MAX_ATTEMPTS = 18;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 4 * 3600_000;
const JITTER = 0.25;

/** Delay before the attempt after `failedAttempt` (1 = the first attempt failed). */
export function webhookRetryDelayMs(failedAttempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

/** Whether another attempt follows a failed `attempt`. */
export function hasAttemptsLeft(attempt: number): boolean {
  return attempt < WEBHOOK_MAX_ATTEMPTS;
}
