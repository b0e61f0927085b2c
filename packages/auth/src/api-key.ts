import { createHash, randomBytes } from 'node:crypto';

/** Live keys do real business; test keys (`fct_test_`) work in the sandbox (README: Partner API, Sandbox). */
export type ApiKeyMode = 'live' | 'test';
const KEY_PREFIX: Record<ApiKeyMode, string> = { live: 'fct_live_', test: 'fct_test_' };
const KEY_PATTERN = /^fct_(live|test)_[0-9a-z]{32}$/;
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export interface NewApiKey {
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
  lastFour: string;
  keyHash: string;
}

/** A partner API key: `fct_live_` (or `fct_test_`) and 32 base-36 characters (about 165 random bits). */
export function generateApiKey(mode: ApiKeyMode = 'live'): NewApiKey {
  const bytes = randomBytes(32);
  const body = Array.from(bytes, (byte) => BASE36[byte % 36]).join('');
  const key = `${KEY_PREFIX[mode]}${body}`;
  return {
    key,
    prefix: key.slice(0, KEY_PREFIX[mode].length + 4),
    lastFour: key.slice(-4),
    keyHash: hashApiKey(key),
  };
}

/** Keys carry enough randomness that a plain SHA-256 resists guessing; it also allows lookup by hash. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}
