import type { Db } from '@facet/db/client';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { type TOrderReasonInput, ZOrderReasonInput } from './order-decision-input';

/** Pauses an order where it is, with the reason; `resumeOrder` takes it back to the same status. */
export async function holdOrder(db: Db, actor: Actor, rawInput: TOrderReasonInput) {
  assertSeller(actor);
  const input = ZOrderReasonInput.parse(rawInput);
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to: 'ON_HOLD',
    actor,
    reason: input.reason,
  });
  return { orderId: order.id, status: order.status };
}
