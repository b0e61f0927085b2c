import type { Db } from '@facet/db/client';
import { apiKeys } from '@facet/db/schema/partners';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { type TApiKey, toApiKeyDto } from './api-key-dto';
import { assertIsStaff } from './partner-access';

/** A partner's keys, newest first, revoked ones included (they explain past refusals). */
export async function listApiKeys(db: Db, actor: Actor, partnerId: string): Promise<TApiKey[]> {
  assertIsStaff(actor);
  const rows = await db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.partnerId, partnerId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(toApiKeyDto);
}
