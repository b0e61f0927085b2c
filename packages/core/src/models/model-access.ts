import type { models } from '@facet/db/schema/models';
import { domainMessage } from '../i18n/domain-messages';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';

type ModelOwnership = Pick<typeof models.$inferSelect, 'ownerUserId' | 'partnerId' | 'mode'>;

/**
 * Shoppers and partners see their own models (a partner: of its key's mode); the workshop's staff see
 * all but the sandbox's.
 */
export function canSeeModel(actor: Actor, model: ModelOwnership): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'partner':
      return model.partnerId === actor.partnerId && model.mode === actorMode(actor);
    case 'user':
      if (model.mode === 'test') return false;
      return actor.role !== 'customer' || model.ownerUserId === actor.userId;
  }
}

export function assertCanSeeModel<T extends ModelOwnership>(actor: Actor, model: T | undefined): T {
  if (!model || !canSeeModel(actor, model))
    throw new DomainError('NOT_FOUND', domainMessage('model.not-found'));
  return model;
}
