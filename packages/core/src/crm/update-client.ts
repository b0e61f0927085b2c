import type { Db } from '@facet/db/client';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';
import { type TUpdateClientInput, ZUpdateClientInput } from './client-input';
import { findClient } from './find-client';

/** Changes a client's details. A partner stays a company: its API orders are addressed to one. */
export async function updateClient(
  db: Db,
  actor: Actor,
  rawInput: TUpdateClientInput,
): Promise<{ id: string }> {
  assertSeller(actor);
  const { clientId, ...changes } = ZUpdateClientInput.parse(rawInput);
  const { partner } = await findClient(db, clientId);
  if (partner && changes.kind !== 'company') {
    throw new DomainError('CONFLICT', domainMessage('crm.partner-stays-company'), {
      field: 'kind',
    });
  }
  await db.transaction(async (tx) => {
    await tx.update(clients).set(changes).where(eq(clients.id, clientId));
    // The partner's name follows the client's, so keys and webhooks read the same everywhere.
    if (partner) await tx.update(partners).set({ name: changes.name }).where(eq(partners.id, partner.id));
  });
  return { id: clientId };
}
