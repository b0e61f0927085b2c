import type { Db } from '@facet/db/client';
import { contacts } from '@facet/db/schema/crm';
import { eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';

export async function removeContact(db: Db, actor: Actor, contactId: string): Promise<{ id: string }> {
  assertSeller(actor);
  const [row] = await db.delete(contacts).where(eq(contacts.id, contactId)).returning({ id: contacts.id });
  if (!row) throw new DomainError('NOT_FOUND', domainMessage('crm.contact-not-found'));
  return row;
}
