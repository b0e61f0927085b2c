import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';

/** Takes an order off hold, back to the status it was held from. */
export async function resumeOrder(db: Db, actor: Actor, orderId: string) {
  assertSeller(actor);
  const [held] = await db.select().from(orderSummaries).where(eq(orderSummaries.id, orderId));
  if (!held) throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));
  if (held.status !== 'ON_HOLD' || !held.heldFromStatus) {
    throw new DomainError('INVALID_TRANSITION', domainMessage('order.not-on-hold'));
  }
  const { order } = await transitionOrder(db, {
    orderId,
    to: held.heldFromStatus,
    actor,
    expectedStatus: 'ON_HOLD',
  });
  return { orderId: order.id, status: order.status };
}
