import type { Db } from '@facet/db/client';
import type { ApiMode, ApiScope } from '@facet/db/enums';
import { preparedQuery } from '@facet/db/prepared';
import { apiKeys, partners } from '@facet/db/schema/partners';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type RateLimitTier, rateLimitTierOf } from './rate-limit-tiers';

/** `last_used_at` is written at most this often per key, so busy keys do not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Why a key was refused; `missing` and `malformed` are told by the transport before any lookup. */
export type ApiKeyRefusal = 'missing' | 'malformed' | 'unknown' | 'revoked';

export interface PartnerCaller {
  apiKeyId: string;
  partnerId: string;
  partnerName: string;
  scopes: ApiScope[];
  /** The readable start of the key (`fct_live_3kq9`), for the request log. */
  keyPrefix: string;
  /** A test key's caller sees and makes sandbox objects only (README: Partner API, Sandbox). */
  mode: ApiMode;
  /** The API version the key was pinned to when it was made. */
  apiVersion: string;
  rateLimitTier: RateLimitTier;
  actor: Extract<Actor, { kind: 'partner' }>;
}

export function refuseApiKey(reason: ApiKeyRefusal, message: DomainMessage): never {
  throw new DomainError('UNAUTHENTICATED', message, undefined, `api-key-${reason}`);
}

/**
 * Finds the partner behind a presented API key by the key's SHA-256 (`hashApiKey` in @facet/auth).
 * A revoked key is refused from the moment it is revoked: nothing is cached between requests.
 */
export async function authenticateApiKey(db: Db, keyHash: string, now = new Date()): Promise<PartnerCaller> {
  const [found] = await findKey.run(db, { keyHash });
  if (!found) refuseApiKey('unknown', domainMessage('api-key.unknown'));
  if (found.revokedAt) {
    refuseApiKey('revoked', domainMessage('api-key.revoked', { at: found.revokedAt.toISOString() }));
  }
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed(db, found.id);
  }
  return {
    apiKeyId: found.id,
    partnerId: found.partnerId,
    partnerName: found.partnerName,
    scopes: found.scopes as ApiScope[],
    keyPrefix: found.prefix,
    mode: found.mode,
    apiVersion: found.apiVersion,
    rateLimitTier: rateLimitTierOf(found.rateLimitTier),
    actor: { kind: 'partner', partnerId: found.partnerId, name: found.partnerName, mode: found.mode },
  };
}

/** Every partner request's first statement: built once (see preparedQuery). */
const findKey = preparedQuery('find_api_key', (db) =>
  db
    .select({
      id: apiKeys.id,
      partnerId: apiKeys.partnerId,
      scopes: apiKeys.scopes,
      prefix: apiKeys.prefix,
      mode: apiKeys.mode,
      apiVersion: apiKeys.apiVersion,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      partnerName: partners.name,
      rateLimitTier: partners.rateLimitTier,
    })
    .from(apiKeys)
    .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
    .where(eq(apiKeys.keyHash, sql.placeholder('keyHash')))
    .limit(1),
);

/** Conditional, so of many concurrent first requests in a minute only one writes. */
async function touchLastUsed(db: Db, apiKeyId: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, apiKeyId),
        or(
          isNull(apiKeys.lastUsedAt),
          lt(apiKeys.lastUsedAt, sql`now() - ${LAST_USED_RESOLUTION_MS} * interval '1 millisecond'`),
        ),
      ),
    );
}
