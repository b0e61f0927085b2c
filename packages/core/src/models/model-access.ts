import type { models } from '@facet/db/schema/models';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

type ModelOwnership = Pick<typeof models.$inferSelect, 'ownerUserId' | 'partnerId'>;

/** Shoppers and partners see their own models; the workshop's staff see all. */
export function canSeeModel(actor: Actor, model: ModelOwnership): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'partner':
      return model.partnerId === actor.partnerId;
    case 'user':
      return actor.role !== 'customer' || model.ownerUserId === actor.userId;
  }
}

export function assertCanSeeModel<T extends ModelOwnership>(actor: Actor, model: T | undefined): T {
  if (!model || !canSeeModel(actor, model)) throw new DomainError('NOT_FOUND', 'No such model.');
  return model;
}
