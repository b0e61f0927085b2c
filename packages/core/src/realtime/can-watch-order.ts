import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { canSeeOrder } from '../orders/order-access';
import type { Actor } from '../shared/actor';

const ZOrderId = z.string().uuid();

/**
 * Whether a socket of this actor may join an order's room: only an order the actor may see (the same
 * rule as everywhere else). Anything that is not an order id is no order.
 */
export async function canWatchOrder(deps: { db: Db }, actor: Actor, orderId: unknown): Promise<boolean> {
  const id = ZOrderId.safeParse(orderId);
  if (!id.success) return false;
  const [order] = await deps.db
    .select({
      customerUserId: orderSummaries.customerUserId,
      partnerId: orderSummaries.partnerId,
      status: orderSummaries.status,
      claimedById: orderSummaries.claimedById,
      mode: orderSummaries.mode,
    })
    .from(orderSummaries)
    .where(eq(orderSummaries.id, id.data));
  return order !== undefined && canSeeOrder(actor, order);
}
