import { createHmac, timingSafeEqual } from 'node:crypto';

/** HMAC over the key and expiry, for download links of local files. */
export function signDownload(secret: string, key: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`${key}\n${expiresAt}`).digest('base64url');
}

export function verifyDownload(
  secret: string,
  key: string,
  expiresAt: number,
  signature: string,
  now = Date.now(),
): boolean {
  if (!Number.isFinite(expiresAt) || expiresAt * 1000 < now) return false;
  const expected = Buffer.from(signDownload(secret, key, expiresAt));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
