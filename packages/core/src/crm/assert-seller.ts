import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export type StaffActor = Extract<Actor, { kind: 'user' }>;

/** The CRM is for the workshop's sellers (and admins, who may open every area). */
export function assertSeller(actor: Actor): asserts actor is StaffActor {
  if (actor.kind === 'user' && (actor.role === 'seller' || actor.role === 'admin')) return;
  throw new DomainError('FORBIDDEN', domainMessage('crm.sellers-only'));
}
