import type { DbOrTx } from '@facet/db/client';
import { castingTreeEvents, castingTrees } from '@facet/db/schema/production';
import { eq } from 'drizzle-orm';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { assertOperator, type OperatorActor } from '../production/assert-operator';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

type TreeRow = typeof castingTrees.$inferSelect;

/** Trees are built and cast by the operators who claimed their orders; admins look, they do not cast. */
export function assertCaster(actor: Actor): asserts actor is OperatorActor {
  assertOperator(actor);
  if (actor.role !== 'operator') {
    throw new DomainError('UNPROCESSABLE', domainMessage('tree.operators-only'));
  }
}

/** The actor's own open tree, locked for the rest of the transaction. */
export async function lockOwnOpenTree(tx: DbOrTx, actor: OperatorActor, treeId: string): Promise<TreeRow> {
  const [tree] = await tx.select().from(castingTrees).where(eq(castingTrees.id, treeId)).for('update');
  if (!tree) throw new DomainError('NOT_FOUND', domainMessage('tree.not-found'));
  if (tree.operatorId !== actor.userId) {
    throw new DomainError('FORBIDDEN', domainMessage('tree.builder-only'));
  }
  if (tree.status !== 'OPEN') {
    throw new DomainError('CONFLICT', domainMessage('tree.cast-already', { flask: tree.flaskNumber }));
  }
  return tree;
}

/**
 * Writes a line of the tree's timeline: its message in English (the stored text) and as the catalogue
 * message each reader's language says (`data.message`).
 */
export async function recordTreeEvent(
  tx: DbOrTx,
  event: {
    treeId: string;
    type: string;
    message: DomainMessage;
    actorName: string;
    orderId?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(castingTreeEvents).values({
    treeId: event.treeId,
    type: event.type,
    message: renderDomainMessage(event.message, 'en'),
    actorName: event.actorName,
    orderId: event.orderId ?? null,
    data: { ...event.data, message: event.message },
  });
}

/** The wax on the flask changed (an order went on or off): it must be weighed again before casting. */
export async function forgetWaxWeight(tx: DbOrTx, treeId: string): Promise<void> {
  await tx
    .update(castingTrees)
    .set({
      waxWeightG: null,
      waxRatio: null,
      sprueAllowanceG: null,
      metalToIssueG: null,
      updatedAt: new Date(),
    })
    .where(eq(castingTrees.id, treeId));
}
