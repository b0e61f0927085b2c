import type { DbOrTx } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import type { orders } from '@facet/db/schema/orders';
import { castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { and, desc, eq, isNull } from 'drizzle-orm';
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
  order: typeof orders.$inferSelect,
  actor: Actor,
  reason: string | null | undefined,
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
  const why = reason?.trim() ? ` (“${reason.trim()}”)` : '';
  if (place.status === 'CAST') {
    await recordTreeEvent(tx, {
      treeId: place.treeId,
      type: 'order_cancelled_after_cast',
      orderId: order.id,
      actorName: actor.name,
      message: `${number} was cancelled by ${actor.name} after casting${why}: its metal stays in this tree’s accounts.`,
    });
    return;
  }
  const what =
    order.status === 'CANCELLED' ? `cancelled by ${actor.name}` : `released to the pool by ${actor.name}`;
  await markOffTree(tx, {
    treeId: place.treeId,
    orderId: order.id,
    reason: `${what[0]?.toUpperCase()}${what.slice(1)}${why}`,
  });
  await forgetWaxWeight(tx, place.treeId);
  await recordTreeEvent(tx, {
    treeId: place.treeId,
    type: 'order_left',
    orderId: order.id,
    actorName: actor.name,
    message: `${number} was ${what}${why} and is off the tree; weigh the wax again before casting.`,
  });
}
