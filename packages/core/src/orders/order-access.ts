import type { orders } from '@facet/db/schema/orders';
import { domainMessage } from '../i18n/domain-messages';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { isOperatorStatus } from './operator-statuses';

type OrderOwnership = Pick<
  typeof orders.$inferSelect,
  'customerUserId' | 'partnerId' | 'status' | 'claimedById' | 'mode'
>;

/**
 * Whether the actor may see this order at all. Anything else is answered as "not found". A sandbox
 * (test) order is its partner's test keys' alone: no live key and no person of the workshop sees it.
 */
export function canSeeOrder(actor: Actor, order: OrderOwnership): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'partner':
      return order.partnerId === actor.partnerId && order.mode === actorMode(actor);
    case 'user':
      if (order.mode === 'test') return false;
      switch (actor.role) {
        case 'admin':
        case 'seller':
          return true;
        case 'operator':
          return isOperatorStatus(order.status) || order.claimedById === actor.userId;
        case 'customer':
          return order.customerUserId === actor.userId;
      }
  }
}

export function assertCanSeeOrder<T extends OrderOwnership>(actor: Actor, order: T | undefined): T {
  if (!order || !canSeeOrder(actor, order))
    throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));
  return order;
}
