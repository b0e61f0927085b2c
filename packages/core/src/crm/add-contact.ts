import type { Db } from '@facet/db/client';
import { contacts } from '@facet/db/schema/crm';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TContact, toContactDto } from './client-dto';
import { type TContactInput, ZContactInput } from './client-input';
import { findClient } from './find-client';

/** A person to talk to at a client (a company's buyer, its accounts department). */
export async function addContact(db: Db, actor: Actor, rawInput: TContactInput): Promise<TContact> {
  assertSeller(actor);
  const { clientId, ...contact } = ZContactInput.parse(rawInput);
  await findClient(db, clientId);
  const [row] = await db
    .insert(contacts)
    .values({ clientId, ...contact })
    .returning();
  if (!row) throw new Error('Contact insert returned nothing');
  return toContactDto(row);
}
