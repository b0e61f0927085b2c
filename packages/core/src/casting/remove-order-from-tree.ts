import type { Db, DbOrTx } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { castingTreeOrders } from '@facet/db/schema/production';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { CASTING_TREE_LEFT_EVENT } from '../orders/internal-events';
import { formatOrderNumber } from '../orders/order-number';
import { recordOrderChange } from '../orders/record-order-change';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCaster, forgetWaxWeight, lockOwnOpenTree, recordTreeEvent } from './casting-tree-access';
import type { TCastingTree } from './casting-tree-dto';
import { loadCastingTree } from './get-casting-tree';

export const ZRemoveOrderFromTreeInput = z.object({
  treeId: z.string().uuid(),
  orderId: z.string().uuid(),
});
export type TRemoveOrderFromTreeInput = z.infer<typeof ZRemoveOrderFromTreeInput>;

/** Takes an order off the operator's open tree; it stays claimed, on their bench. */
export async function removeOrderFromTree(
  db: Db,
  actor: Actor,
  input: TRemoveOrderFromTreeInput,
): Promise<TCastingTree> {
  assertCaster(actor);
  await db.transaction(async (tx) => {
    const tree = await lockOwnOpenTree(tx, actor, input.treeId);
    const reason = domainMessage('timeline.taken-off-tree', { flask: tree.flaskNumber, actor: actor.name });
    const number = await markOffTree(tx, { treeId: tree.id, orderId: input.orderId, reason });
    if (number === null) throw new DomainError('NOT_FOUND', domainMessage('tree.order-not-on-tree'));
    await forgetWaxWeight(tx, tree.id);
    await recordOrderChange(tx, {
      orderId: input.orderId,
      actor,
      type: CASTING_TREE_LEFT_EVENT,
      reason,
      data: { treeId: tree.id, flaskNumber: tree.flaskNumber },
    });
    await recordTreeEvent(tx, {
      treeId: tree.id,
      type: 'order_removed',
      orderId: input.orderId,
      actorName: actor.name,
      message: domainMessage('tree.event.order-removed', { number: formatOrderNumber(number) }),
    });
  });
  return loadCastingTree(db, input.treeId, actor.userId);
}

/**
 * Ends an order's place on a tree, with why (its English text, and the message each reader's
 * language says); answers the order's number, or null if it was not on it.
 */
export async function markOffTree(
  tx: DbOrTx,
  input: { treeId: string; orderId: string; reason: DomainMessage },
): Promise<number | null> {
  const [row] = await tx
    .update(castingTreeOrders)
    .set({
      removedAt: new Date(),
      removedReason: renderDomainMessage(input.reason, 'en'),
      removedMessage: input.reason,
    })
    .where(
      and(
        eq(castingTreeOrders.treeId, input.treeId),
        eq(castingTreeOrders.orderId, input.orderId),
        isNull(castingTreeOrders.removedAt),
      ),
    )
    .returning({ orderId: castingTreeOrders.orderId });
  if (!row) return null;
  const [order] = await tx
    .select({ number: orderSummaries.number })
    .from(orderSummaries)
    .where(eq(orderSummaries.id, row.orderId))
    .limit(1);
  return order?.number ?? null;
}
