import type { Db } from '@facet/db/client';
import { apiKeys } from '@facet/db/schema/partners';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TApiKey, toApiKeyDto } from './api-key-dto';
import { assertIsStaff } from './partner-access';

/**
 * Revokes a key at once: every request authenticates against the database, so the next request with
 * it is refused. Revoking twice keeps the first revocation time.
 */
export async function revokeApiKey(db: Db, actor: Actor, apiKeyId: string): Promise<TApiKey> {
  assertIsStaff(actor);
  const [revoked] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.id, apiKeyId), isNull(apiKeys.revokedAt)))
    .returning();
  if (revoked) return toApiKeyDto(revoked);
  const existing = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, apiKeyId) });
  if (!existing) throw new DomainError('NOT_FOUND', domainMessage('api-key.not-found'));
  return toApiKeyDto(existing);
}
