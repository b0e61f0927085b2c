import type { DbOrTx } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import type { orderSummaries } from '@facet/db/schema/orders';
import { castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import { formatOrderNumber } from '../orders/order-number';
import type { Actor } from '../shared/actor';
import { forgetWaxWeight, recordTreeEvent } from './casting-tree-access';
import { markOffTree } from './remove-order-from-tree';

/** Moves that take an order off its open tree: it went back to the pool, or it was cancelled. */
const LEAVES_AN_OPEN_TREE: readonly OrderStatus[] = ['MANUFACTURING_APPROVED', 'CANCELLED'];

/**
 * Keeps trees true to their orders when an order moves without the tree (an order change listener,
 * wired in `order-listeners.ts` and run in the transition's transaction). A released or cancelled
 * order leaves an open tree, with the reason on the tree's timeline; a cancelled order on a tree that
 * is cast already keeps its place there, because its metal was issued and poured with the others.
 */
export async function followOrderOutOfTree(
  tx: DbOrTx,
  order: Pick<typeof orderSummaries.$inferSelect, 'id' | 'number' | 'status'>,
  actor: Actor,
  reason: string | DomainMessage | null | undefined,
): Promise<void> {
  if (!LEAVES_AN_OPEN_TREE.includes(order.status)) return;
  const [place] = await tx
    .select({ treeId: castingTrees.id, flaskNumber: castingTrees.flaskNumber, status: castingTrees.status })
    .from(castingTreeOrders)
    .innerJoin(castingTrees, eq(castingTrees.id, castingTreeOrders.treeId))
    .where(and(eq(castingTreeOrders.orderId, order.id), isNull(castingTreeOrders.removedAt)))
    .orderBy(desc(castingTreeOrders.addedAt))
    .limit(1);
  if (!place) return;
  const number = formatOrderNumber(order.number);
  // A person's reason as they typed it; the system's, as its message.
  const why = typeof reason === 'string' ? reason.trim() : (reason ?? '');
  const by = { actor: actor.name, why };
  if (place.status === 'CAST') {
    await recordTreeEvent(tx, {
      treeId: place.treeId,
      type: 'order_cancelled_after_cast',
      orderId: order.id,
      actorName: actor.name,
      message: domainMessage('tree.event.cancelled-after-cast', { number, ...by }),
    });
    return;
  }
  const cancelled = order.status === 'CANCELLED';
  await markOffTree(tx, {
    treeId: place.treeId,
    orderId: order.id,
    reason: domainMessage(cancelled ? 'tree.removed.cancelled' : 'tree.removed.released', by),
  });
  await forgetWaxWeight(tx, place.treeId);
  await recordTreeEvent(tx, {
    treeId: place.treeId,
    type: 'order_left',
    orderId: order.id,
    actorName: actor.name,
    message: domainMessage(cancelled ? 'tree.event.order-cancelled' : 'tree.event.order-released', {
      number,
      ...by,
    }),
  });
}
