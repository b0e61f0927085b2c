import type { Db } from '@facet/db/client';
import { orderItems } from '@facet/db/schema/orders';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { recordOrderChange } from '../orders/record-order-change';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findCart } from './find-cart';

export const ZRemoveCartItemInput = z.object({ itemId: z.string().uuid() });

/** Takes an item out of the cart; taking the last one out cancels the cart's order. */
export async function removeCartItem(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZRemoveCartItemInput>,
): Promise<void> {
  const cart = await findCart(db, actor);
  if (!cart) throw new DomainError('NOT_FOUND', domainMessage('cart.empty'));
  const items = await db
    .select({ id: orderItems.id })
    .from(orderItems)
    .where(eq(orderItems.orderId, cart.id));
  if (!items.some((item) => item.id === input.itemId)) {
    throw new DomainError('NOT_FOUND', domainMessage('cart.item-not-found'), { field: 'itemId' });
  }
  if (items.length === 1) {
    await transitionOrder(db, {
      orderId: cart.id,
      to: 'CANCELLED',
      actor,
      reason: domainMessage('timeline.cart-emptied'),
    });
    return;
  }
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(orderItems)
      .where(and(eq(orderItems.id, input.itemId), eq(orderItems.orderId, cart.id)))
      .returning({ id: orderItems.id });
    if (removed.length === 0) throw new DomainError('NOT_FOUND', domainMessage('cart.item-not-found'));
    await recordOrderChange(tx, { orderId: cart.id, actor, type: 'item_removed' });
  });
}
