import type { Db } from '@facet/db/client';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TOrderReasonInput, ZOrderReasonInput } from './order-decision-input';

/** Cancels an order before production starts, with the reason (the client and partner see it). */
export async function cancelOrder(db: Db, actor: Actor, rawInput: TOrderReasonInput) {
  assertSeller(actor);
  const input = ZOrderReasonInput.parse(rawInput);
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to: 'CANCELLED',
    actor,
    reason: input.reason,
  });
  return { orderId: order.id, status: order.status };
}
