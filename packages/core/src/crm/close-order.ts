import type { Db } from '@facet/db/client';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';

/** Confirms delivery of a shipped order: SHIPPED → CLOSED. */
export async function closeOrder(db: Db, actor: Actor, orderId: string) {
  assertSeller(actor);
  const { order } = await transitionOrder(db, {
    orderId,
    to: 'CLOSED',
    actor,
    expectedStatus: 'SHIPPED',
  });
  return { orderId: order.id, status: order.status };
}
