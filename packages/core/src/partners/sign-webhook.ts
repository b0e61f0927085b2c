import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Facet-Signature';
/** How far a receiver should accept a signature's timestamp from its own clock (replay protection). */
export const SIGNATURE_TOLERANCE_S = 300;

/** A new endpoint's signing secret: `whsec_` and 32 random bytes in base64, as Standard Webhooks has it. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Standard Webhooks (https://www.standardwebhooks.com) headers, sent beside `Facet-Signature`. */
export const STANDARD_WEBHOOK_HEADERS = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
} as const;

/**
 * The Standard Webhooks headers of one send: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`,
 * keyed with the secret's bytes after `whsec_` (base64; endpoints made before it was standard base64
 * hold base64url, which decodes to the same bytes).
 */
export function standardWebhookHeaders(
  secret: string,
  messageId: string,
  body: string,
  timestampS: number,
): Record<string, string> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${messageId}.${timestampS}.${body}`).digest('base64');
  return {
    [STANDARD_WEBHOOK_HEADERS.id]: messageId,
    [STANDARD_WEBHOOK_HEADERS.timestamp]: String(timestampS),
    [STANDARD_WEBHOOK_HEADERS.signature]: `v1,${signature}`,
  };
}

/** HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret, as lowercase hex. */
export function computeWebhookSignature(secret: string, timestampS: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex');
}

/** The `Facet-Signature` header value: `t=<unix seconds>,v1=<hex>`. */
export function signWebhookBody(secret: string, body: string, timestampS: number): string {
  return `t=${timestampS},v1=${computeWebhookSignature(secret, timestampS, body)}`;
}

/** What a receiver does (and what the docs show): parse, recompute, compare in constant time, check the age. */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  options: { nowS?: number; toleranceS?: number } = {},
): boolean {
  if (!header) return false;
  const parts = new Map<string, string[]>();
  for (const part of header.split(',')) {
    const [name, value] = part.split('=', 2).map((side) => side.trim());
    if (!name || !value) continue;
    parts.set(name, [...(parts.get(name) ?? []), value]);
  }
  const timestamp = Number(parts.get('t')?.[0]);
  if (!Number.isInteger(timestamp)) return false;
  const nowS = options.nowS ?? Math.floor(Date.now() / 1000);
  if (Math.abs(nowS - timestamp) > (options.toleranceS ?? SIGNATURE_TOLERANCE_S)) return false;
  const expected = Buffer.from(computeWebhookSignature(secret, timestamp, body), 'hex');
  return (parts.get('v1') ?? []).some((candidate) => {
    const given = Buffer.from(candidate, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
