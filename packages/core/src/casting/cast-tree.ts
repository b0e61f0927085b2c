import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { formatOrderNumber } from '../orders/order-number';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { installationCurrency } from '../shared/currency';
import { DomainError } from '../shared/errors';
import { assertCaster, lockOwnOpenTree, recordTreeEvent } from './casting-tree-access';
import type { TCastingTree } from './casting-tree-dto';
import { loadCastingTree } from './get-casting-tree';
import { castingLoss } from './metal-accounting';

const weight = (what: 'metal-issued' | 'pieces' | 'button' | 'scrap') =>
  z
    .number({ message: fieldMessage(`cast.${what}-missing`) })
    .min(0, fieldMessage(`cast.${what}-negative`))
    .max(50_000, fieldMessage(`cast.${what}-heavy`));

export const ZCastTreeInput = z
  .object({
    treeId: z.string().uuid(),
    metalIssuedG: weight('metal-issued').positive(fieldMessage('cast.metal-issued-zero')),
    returnedPiecesG: weight('pieces'),
    returnedButtonG: weight('button'),
    returnedScrapG: weight('scrap'),
  })
  .refine(
    (input) => input.returnedPiecesG + input.returnedButtonG + input.returnedScrapG <= input.metalIssuedG,
    {
      message: fieldMessage('cast.more-returned-than-issued'),
      path: ['returnedScrapG'],
    },
  );
export type TCastTreeInput = z.infer<typeof ZCastTreeInput>;

/**
 * Casts the tree: records the metal issued and returned and the loss, and moves every order on it
 * from production to cast and finished through the one transition function (each writes its own
 * timeline event and outbox row), all in one transaction. From there each order goes on alone.
 */
export async function castTree(db: Db, actor: Actor, input: TCastTreeInput): Promise<TCastingTree> {
  assertCaster(actor);
  await db.transaction(async (tx) => {
    const tree = await lockOwnOpenTree(tx, actor, input.treeId);
    if (tree.waxWeightG === null) {
      throw new DomainError('UNPROCESSABLE', domainMessage('tree.weigh-wax-first'));
    }
    const members = await tx
      .select({ id: orderSummaries.id, number: orderSummaries.number, status: orderSummaries.status })
      .from(castingTreeOrders)
      .innerJoin(orderSummaries, eq(orderSummaries.id, castingTreeOrders.orderId))
      .where(and(eq(castingTreeOrders.treeId, tree.id), isNull(castingTreeOrders.removedAt)));
    if (members.length === 0) throw new DomainError('UNPROCESSABLE', domainMessage('tree.empty'));
    const held = members.filter((member) => member.status === 'ON_HOLD');
    if (held.length > 0) {
      throw new DomainError(
        'UNPROCESSABLE',
        domainMessage('tree.orders-on-hold', {
          numbers: held.map((order) => formatOrderNumber(order.number)).join(', '),
          count: held.length,
        }),
      );
    }
    const [alloy] = await tx
      .select({ pricePerGramCents: currentAlloys.pricePerGramCents, currency: currentAlloys.currency })
      .from(currentAlloys)
      .where(eq(currentAlloys.id, tree.alloyId));
    const loss = castingLoss(input.metalIssuedG, {
      piecesG: input.returnedPiecesG,
      buttonG: input.returnedButtonG,
      scrapG: input.returnedScrapG,
    });
    await tx
      .update(castingTrees)
      .set({
        status: 'CAST',
        metalIssuedG: input.metalIssuedG,
        returnedPiecesG: input.returnedPiecesG,
        returnedButtonG: input.returnedButtonG,
        returnedScrapG: input.returnedScrapG,
        lossG: loss.lossG,
        pricePerGramCents: alloy?.pricePerGramCents ?? null,
        currency: alloy?.currency ?? installationCurrency(),
        castAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(castingTrees.id, tree.id));
    for (const member of members) {
      await transitionOrder(tx, {
        orderId: member.id,
        to: 'MANUFACTURING_COMPLETED',
        actor,
        expectedStatus: 'MANUFACTURING_STARTED',
        reason: domainMessage('timeline.cast-in-tree', { flask: tree.flaskNumber }),
        data: { treeId: tree.id, flaskNumber: tree.flaskNumber },
      });
    }
    await recordTreeEvent(tx, {
      treeId: tree.id,
      type: 'cast',
      actorName: actor.name,
      message: domainMessage('tree.event.cast', {
        issuedG: input.metalIssuedG,
        returnedG: loss.returnedG,
        piecesG: input.returnedPiecesG,
        buttonG: input.returnedButtonG,
        scrapG: input.returnedScrapG,
        lossG: loss.lossG,
        lossPct: loss.lossPct,
        orders: members.length,
      }),
      data: { ...loss, orderIds: members.map((member) => member.id) },
    });
  });
  return loadCastingTree(db, input.treeId, actor.userId);
}
