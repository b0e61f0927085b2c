import type { Db } from '@facet/db/client';
import { currentAlloys } from '@facet/db/schema/pricing';
import { castingTrees } from '@facet/db/schema/production';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { putOrdersOnTree } from './add-orders-to-tree';
import { assertCaster, recordTreeEvent } from './casting-tree-access';
import type { TCastingTree } from './casting-tree-dto';
import { loadCastingTree } from './get-casting-tree';

export const ZCreateCastingTreeInput = z.object({
  flaskNumber: z
    .number({ message: fieldMessage('tree.flask-missing') })
    .int(fieldMessage('tree.flask-whole'))
    .min(1, fieldMessage('tree.flask-low'))
    .max(99_999, fieldMessage('tree.flask-high')),
  alloyCode: z.string().trim().min(1, fieldMessage('tree.alloy-missing')),
  orderIds: z.array(z.string().uuid()).max(100).default([]),
});
export type TCreateCastingTreeInput = z.input<typeof ZCreateCastingTreeInput>;

/** Starts a tree on a flask for one alloy, with the operator's claimed orders of that alloy on it. */
export async function createCastingTree(
  db: Db,
  actor: Actor,
  rawInput: TCreateCastingTreeInput,
): Promise<TCastingTree> {
  assertCaster(actor);
  const input = ZCreateCastingTreeInput.parse(rawInput);
  const [alloy] = await db
    .select({ id: currentAlloys.id, code: currentAlloys.code, name: currentAlloys.name })
    .from(currentAlloys)
    .where(and(eq(currentAlloys.code, input.alloyCode), eq(currentAlloys.active, true)));
  if (!alloy)
    throw new DomainError('INVALID_INPUT', domainMessage('alloy.not-found'), { field: 'alloyCode' });
  const treeId = await db.transaction(async (tx) => {
    const [tree] = await tx
      .insert(castingTrees)
      .values({
        flaskNumber: input.flaskNumber,
        alloyId: alloy.id,
        alloyCode: alloy.code,
        operatorId: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!tree) {
      throw new DomainError('CONFLICT', domainMessage('tree.flask-busy', { flask: input.flaskNumber }), {
        field: 'flaskNumber',
      });
    }
    await recordTreeEvent(tx, {
      treeId: tree.id,
      type: 'built',
      actorName: actor.name,
      message: domainMessage('tree.event.built', { flask: tree.flaskNumber, alloy: alloy.name }),
    });
    if (input.orderIds.length > 0) await putOrdersOnTree(tx, actor, tree, input.orderIds);
    return tree.id;
  });
  return loadCastingTree(db, treeId, actor.userId);
}
