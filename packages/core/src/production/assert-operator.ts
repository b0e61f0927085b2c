import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export type OperatorActor = Extract<Actor, { kind: 'user' }>;

/** The console is for people on the shop floor: operators, and admins looking over their shoulder. */
export function assertOperator(actor: Actor): asserts actor is OperatorActor {
  if (actor.kind !== 'user' || (actor.role !== 'operator' && actor.role !== 'admin')) {
    throw new DomainError('FORBIDDEN', domainMessage('mes.operators-only'));
  }
}
