import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

/**
 * Who may manage a partner's keys, webhook endpoints and deliveries: the partner itself (through the
 * API) and the workshop's sellers and admins (in the CRM). Anyone else learns nothing: NOT_FOUND.
 */
export function assertCanManagePartner(actor: Actor, partnerId: string): void {
  if (actor.kind === 'partner' && actor.partnerId === partnerId) return;
  if (actor.kind === 'user' && (actor.role === 'seller' || actor.role === 'admin')) return;
  if (actor.kind === 'system') return;
  throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'));
}

/** Keys are issued and revoked by the workshop only, never by a key itself. */
export function assertIsStaff(actor: Actor): asserts actor is Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'user' && (actor.role === 'seller' || actor.role === 'admin')) return;
  throw new DomainError('FORBIDDEN', domainMessage('partner.keys-staff-only'));
}
