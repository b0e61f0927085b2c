import type { Db } from '@facet/db/client';
import { contacts } from '@facet/db/schema/crm';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TClient, toClientSummary, toContactDto } from './client-dto';
import { findClient } from './find-client';

/** The head of a client card: who they are, how to reach them, and their partner record if any. */
export async function getClient(db: Db, actor: Actor, clientId: string): Promise<TClient> {
  assertSeller(actor);
  const { client, partner } = await findClient(db, clientId);
  const people = await db
    .select()
    .from(contacts)
    .where(eq(contacts.clientId, client.id))
    .orderBy(asc(contacts.createdAt));
  return {
    ...toClientSummary(client, partner !== null),
    hasShopAccount: client.userId !== null,
    partner: partner
      ? {
          id: partner.id,
          name: partner.name,
          rateLimitTier: partner.rateLimitTier,
          createdAt: partner.createdAt,
        }
      : null,
    contacts: people.map(toContactDto),
    updatedAt: client.updatedAt,
  };
}
