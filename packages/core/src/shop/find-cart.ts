import type { DbOrTx } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export const CART_STATUSES = ['INITIATED', 'FILE_UPLOADED'] as const;

/** A shopper's cart is their shop order that has not been submitted yet. */
export async function findCart(db: DbOrTx, actor: Actor) {
  const customerId = shopperId(actor);
  const [cart] = await db
    .select()
    .from(orders)
    .where(
      and(
        eq(orders.customerUserId, customerId),
        eq(orders.channel, 'shop'),
        inArray(orders.status, [...CART_STATUSES]),
      ),
    )
    .orderBy(desc(orders.createdAt))
    .limit(1);
  return cart;
}

export function shopperId(actor: Actor): string {
  if (actor.kind !== 'user' || actor.role !== 'customer')
    throw new DomainError('FORBIDDEN', domainMessage('cart.shoppers-only'));
  return actor.userId;
}
