import type { Db, DbOrTx } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { orderSummaries } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { castingTreeEvents, castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { asc, eq, getViewSelectedFields } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage, knownMessageOrNull } from '../i18n/domain-messages';
import { assertOperator } from '../production/assert-operator';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { TCastingTree } from './casting-tree-dto';
import { castingLoss, lossValueCents } from './metal-accounting';

export const ZGetCastingTreeInput = z.object({ treeId: z.string().uuid() });
export type TGetCastingTreeInput = z.infer<typeof ZGetCastingTreeInput>;

/** A tree with its orders and timeline. The whole floor may look at any tree; only its builder changes it. */
export async function getCastingTree(
  db: Db,
  actor: Actor,
  input: TGetCastingTreeInput,
): Promise<TCastingTree> {
  assertOperator(actor);
  return loadCastingTree(db, input.treeId, actor.userId);
}

export async function loadCastingTree(db: DbOrTx, treeId: string, askerId: string): Promise<TCastingTree> {
  const [row] = await db
    .select({ tree: castingTrees, alloy: getViewSelectedFields(currentAlloys), operatorName: people.name })
    .from(castingTrees)
    .innerJoin(currentAlloys, eq(currentAlloys.id, castingTrees.alloyId))
    .innerJoin(people, eq(people.id, castingTrees.operatorId))
    .where(eq(castingTrees.id, treeId));
  if (!row) throw new DomainError('NOT_FOUND', domainMessage('tree.not-found'));
  const { tree, alloy } = row;
  const [members, events] = await Promise.all([
    db
      .select({
        member: castingTreeOrders,
        order: {
          id: orderSummaries.id,
          number: orderSummaries.number,
          status: orderSummaries.status,
          totalCents: orderSummaries.totalCents,
          currency: orderSummaries.currency,
        },
      })
      .from(castingTreeOrders)
      .innerJoin(orderSummaries, eq(orderSummaries.id, castingTreeOrders.orderId))
      .where(eq(castingTreeOrders.treeId, tree.id))
      .orderBy(asc(castingTreeOrders.addedAt), asc(orderSummaries.number)),
    db
      .select()
      .from(castingTreeEvents)
      .where(eq(castingTreeEvents.treeId, tree.id))
      .orderBy(asc(castingTreeEvents.id)),
  ]);
  const pricePerGramCents = tree.pricePerGramCents ?? alloy.pricePerGramCents;
  const loss =
    tree.metalIssuedG !== null && tree.lossG !== null
      ? castingLoss(tree.metalIssuedG, {
          piecesG: tree.returnedPiecesG ?? 0,
          buttonG: tree.returnedButtonG ?? 0,
          scrapG: tree.returnedScrapG ?? 0,
        })
      : null;
  return {
    id: tree.id,
    flaskNumber: tree.flaskNumber,
    status: tree.status,
    alloyCode: tree.alloyCode,
    alloyName: alloy.name,
    operatorId: tree.operatorId,
    operatorName: row.operatorName,
    orderCount: members.filter(({ member }) => member.removedAt === null).length,
    waxWeightG: tree.waxWeightG,
    metalToIssueG: tree.metalToIssueG,
    lossG: tree.lossG,
    castAt: tree.castAt,
    createdAt: tree.createdAt,
    waxRatio: tree.waxRatio ?? alloy.waxRatio,
    sprueAllowanceG: tree.sprueAllowanceG ?? alloy.sprueAllowanceG,
    pricePerGramCents,
    metalIssuedG: tree.metalIssuedG,
    returnedPiecesG: tree.returnedPiecesG,
    returnedButtonG: tree.returnedButtonG,
    returnedScrapG: tree.returnedScrapG,
    lossPct: loss?.lossPct ?? null,
    lossValueCents: tree.lossG !== null ? lossValueCents(tree.lossG, pricePerGramCents) : null,
    mine: tree.operatorId === askerId,
    orders: members.map(({ member, order }) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      totalCents: order.totalCents,
      currency: order.currency,
      addedAt: member.addedAt,
      removedAt: member.removedAt,
      removedReason: member.removedReason,
      removedMessage: knownMessageOrNull(member.removedMessage),
    })),
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      message: event.message,
      localized: knownMessageOrNull((event.data as { message?: unknown } | null)?.message),
      actorName: event.actorName,
      orderId: event.orderId,
      createdAt: event.createdAt,
    })),
  };
}
