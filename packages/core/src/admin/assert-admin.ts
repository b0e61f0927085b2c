import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export type AdminActor = Extract<Actor, { kind: 'user' }>;

export function assertAdmin(actor: Actor): asserts actor is AdminActor {
  if (actor.kind === 'user' && actor.role === 'admin') return;
  throw new DomainError('FORBIDDEN', domainMessage('admin.admins-only'));
}
