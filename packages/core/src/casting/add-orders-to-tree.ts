import type { Db, DbOrTx } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { orderSummaries } from '@facet/db/schema/orders';
import { castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { CASTING_TREE_JOINED_EVENT } from '../orders/internal-events';
import { lockOrdersForUpdate } from '../orders/lock-orders-for-update';
import { formatOrderNumber } from '../orders/order-number';
import { recordOrderChange } from '../orders/record-order-change';
import type { OperatorActor } from '../production/assert-operator';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCaster, forgetWaxWeight, lockOwnOpenTree, recordTreeEvent } from './casting-tree-access';
import type { TCastingTree } from './casting-tree-dto';
import { loadCastingTree } from './get-casting-tree';
import { whyOrderCannotJoinTree } from './tree-rules';

export const ZAddOrdersToTreeInput = z.object({
  treeId: z.string().uuid(),
  orderIds: z.array(z.string().uuid()).min(1, fieldMessage('tree.orders-missing')).max(100),
});
export type TAddOrdersToTreeInput = z.infer<typeof ZAddOrdersToTreeInput>;

/** Puts claimed orders on the operator's open tree; one order that does not fit refuses them all. */
export async function addOrdersToTree(
  db: Db,
  actor: Actor,
  input: TAddOrdersToTreeInput,
): Promise<TCastingTree> {
  assertCaster(actor);
  await db.transaction(async (tx) => {
    const tree = await lockOwnOpenTree(tx, actor, input.treeId);
    await putOrdersOnTree(tx, actor, tree, input.orderIds);
  });
  return loadCastingTree(db, input.treeId, actor.userId);
}

/** Checks and adds each order (the tree row is locked by the caller); writes both timelines. */
export async function putOrdersOnTree(
  tx: DbOrTx,
  actor: OperatorActor,
  tree: typeof castingTrees.$inferSelect,
  orderIds: string[],
): Promise<void> {
  const unique = [...new Set(orderIds)];
  // The orders lock them first, on their own table (a view casting may only read cannot be locked
  // through); casting then reads them through order_summaries.
  await lockOrdersForUpdate(tx, unique);
  const rows = await tx
    .select({
      order: {
        id: orderSummaries.id,
        number: orderSummaries.number,
        status: orderSummaries.status,
        alloyCode: orderSummaries.alloyCode,
        claimedById: orderSummaries.claimedById,
        statusReason: orderSummaries.statusReason,
      },
      claimantName: people.name,
      onFlask: castingTrees.flaskNumber,
    })
    .from(orderSummaries)
    .leftJoin(people, eq(people.id, orderSummaries.claimedById))
    .leftJoin(
      castingTreeOrders,
      and(eq(castingTreeOrders.orderId, orderSummaries.id), isNull(castingTreeOrders.removedAt)),
    )
    .leftJoin(castingTrees, eq(castingTrees.id, castingTreeOrders.treeId))
    .where(inArray(orderSummaries.id, unique));
  if (rows.length !== unique.length) throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));
  for (const row of rows) {
    const why = whyOrderCannotJoinTree(row.order, tree, {
      claimantName: row.claimantName,
      onFlask: row.onFlask,
    });
    if (why) throw new DomainError('UNPROCESSABLE', why, { orderId: row.order.id });
  }
  if (tree.waxWeightG !== null) await forgetWaxWeight(tx, tree.id);
  for (const { order } of rows) {
    await tx.insert(castingTreeOrders).values({ treeId: tree.id, orderId: order.id });
    await recordOrderChange(tx, {
      orderId: order.id,
      actor,
      type: CASTING_TREE_JOINED_EVENT,
      reason: domainMessage('timeline.on-tree', { flask: tree.flaskNumber }),
      data: { treeId: tree.id, flaskNumber: tree.flaskNumber },
    });
    await recordTreeEvent(tx, {
      treeId: tree.id,
      type: 'order_added',
      orderId: order.id,
      actorName: actor.name,
      message: domainMessage('tree.event.order-added', { number: formatOrderNumber(order.number) }),
    });
  }
}
