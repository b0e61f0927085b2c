import type { Db } from '@facet/db/client';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';

export type ClientRow = typeof clients.$inferSelect;
export type ClientWithPartner = { client: ClientRow; partner: typeof partners.$inferSelect | null };

/** A client and, if it is one, its partner record; NOT_FOUND otherwise. */
export async function findClient(db: Db, clientId: string): Promise<ClientWithPartner> {
  const [row] = await db
    .select({ client: clients, partner: partners })
    .from(clients)
    .leftJoin(partners, eq(partners.clientId, clients.id))
    .where(eq(clients.id, clientId));
  if (!row) throw new DomainError('NOT_FOUND', domainMessage('crm.client-not-found'));
  return row;
}
