import type { DbOrTx } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { eq, sql } from 'drizzle-orm';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { recordOrderEvent } from './order-events';

/**
 * A change to an order that is not a status change (an item added, a note): bumps the version so
 * realtime clients take it, and writes the timeline event and outbox row. Call inside a transaction.
 */
export async function recordOrderChange(
  tx: DbOrTx,
  input: {
    orderId: string;
    actor: Actor;
    type: string;
    reason?: string | DomainMessage | null;
    data?: Record<string, unknown>;
  },
) {
  const [order] = await tx
    .update(orders)
    .set({ version: sql`${orders.version} + 1`, updatedAt: new Date() })
    .where(eq(orders.id, input.orderId))
    .returning();
  if (!order) throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));
  return recordOrderEvent(tx, {
    order,
    type: input.type,
    fromStatus: order.status,
    actor: input.actor,
    reason: input.reason,
    data: input.data,
  });
}
