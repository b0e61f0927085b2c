import { describe, expect, it } from 'vitest';
import { computeWebhookSignature, signWebhookBody, verifyWebhookSignature } from './sign-webhook';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"x","type":"ping"}';

  it('signs timestamp.body with HMAC-SHA256', () => {
    expect(signWebhookBody(secret, body, 1_700_000_000)).toBe(
      `t=1700000000,v1=${computeWebhookSignature(secret, 1_700_000_000, body)}`,
    );
    expect(computeWebhookSignature(secret, 1_700_000_000, body)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies a fresh signature and refuses a changed body, another secret or an old timestamp', () => {
    const header = signWebhookBody(secret, body, 1_700_000_000);
    expect(verifyWebhookSignature(secret, header, body, { nowS: 1_700_000_010 })).toBe(true);
    expect(verifyWebhookSignature(secret, header, `${body} `, { nowS: 1_700_000_010 })).toBe(false);
    expect(verifyWebhookSignature('whsec_other', header, body, { nowS: 1_700_000_010 })).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, { nowS: 1_700_001_000 })).toBe(false);
    expect(verifyWebhookSignature(secret, 'nonsense', body)).toBe(false);
    expect(verifyWebhookSignature(secret, null, body)).toBe(false);
  });
});
