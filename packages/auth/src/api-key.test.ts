import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, looksLikeApiKey } from './api-key';

describe('partner API keys', () => {
  it('are live (fct_live_) unless a test key (fct_test_) is asked for', () => {
    const live = generateApiKey();
    const test = generateApiKey('test');
    expect(live.key).toMatch(/^fct_live_[0-9a-z]{32}$/);
    expect(test.key).toMatch(/^fct_test_[0-9a-z]{32}$/);
    expect(test.prefix).toBe(test.key.slice(0, 13));
    expect(test.keyHash).toBe(hashApiKey(test.key));
    expect([live.key, test.key].every(looksLikeApiKey)).toBe(true);
    expect(looksLikeApiKey(`fct_demo_${'a'.repeat(32)}`)).toBe(false);
  });
});
