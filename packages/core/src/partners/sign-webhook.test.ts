import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  computeWebhookSignature,
  generateWebhookSecret,
  signWebhookBody,
  standardWebhookHeaders,
  verifyWebhookSignature,
} from './sign-webhook';

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

describe('Standard Webhooks headers', () => {
  const body = '{"id":"x","type":"ping"}';

  it('are verified by the standardwebhooks library, for new (base64) and older (base64url) secrets', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const nowS = Math.floor(Date.now() / 1000);
    const headers = standardWebhookHeaders(secret, 'order-1:v3', body, nowS);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual({ id: 'x', type: 'ping' });

    const older = `whsec_${Buffer.from(secret.slice(6), 'base64').toString('base64url')}`;
    const asStandard = `whsec_${Buffer.from(older.slice(6), 'base64url').toString('base64')}`;
    expect(new Webhook(asStandard).verify(body, standardWebhookHeaders(older, 'm', body, nowS))).toBeTruthy();
  });

  it('are refused by the library for a changed body or another secret', () => {
    const secret = generateWebhookSecret();
    const headers = standardWebhookHeaders(secret, 'm', body, Math.floor(Date.now() / 1000));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });
});
