import type { Db } from '@facet/db/client';
import { partners } from '@facet/db/schema/partners';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';
import { findClient } from './find-client';
import { ZPartnerTier } from './partner-dto';

export const ZMakeClientPartnerInput = z.object({
  clientId: z.string().uuid(),
  rateLimitTier: ZPartnerTier.default('standard'),
});
export type TMakeClientPartnerInput = z.input<typeof ZMakeClientPartnerInput>;

/** Turns a company client into an API partner, who can then be given keys and webhook endpoints. */
export async function makeClientPartner(
  db: Db,
  actor: Actor,
  rawInput: TMakeClientPartnerInput,
): Promise<{ partnerId: string }> {
  assertSeller(actor);
  const input = ZMakeClientPartnerInput.parse(rawInput);
  const { client, partner } = await findClient(db, input.clientId);
  if (partner)
    throw new DomainError('CONFLICT', domainMessage('crm.client-already-partner', { name: client.name }));
  if (client.kind !== 'company') {
    throw new DomainError('UNPROCESSABLE', domainMessage('crm.partner-must-be-company'), {
      field: 'kind',
    });
  }
  const [row] = await db
    .insert(partners)
    .values({ clientId: client.id, name: client.name, rateLimitTier: input.rateLimitTier })
    .onConflictDoNothing()
    .returning({ id: partners.id });
  if (!row)
    throw new DomainError('CONFLICT', domainMessage('crm.client-already-partner', { name: client.name }));
  return { partnerId: row.id };
}
