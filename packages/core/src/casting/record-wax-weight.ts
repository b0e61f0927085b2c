import type { Db } from '@facet/db/client';
import { currentAlloys } from '@facet/db/schema/pricing';
import { castingTrees } from '@facet/db/schema/production';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { assertCaster, lockOwnOpenTree, recordTreeEvent } from './casting-tree-access';
import type { TCastingTree } from './casting-tree-dto';
import { loadCastingTree } from './get-casting-tree';
import { metalToIssue } from './metal-accounting';

export const ZRecordWaxWeightInput = z.object({
  treeId: z.string().uuid(),
  waxWeightG: z
    .number({ message: fieldMessage('tree.wax-missing') })
    .positive(fieldMessage('tree.wax-zero'))
    .max(5_000, fieldMessage('tree.wax-heavy')),
});
export type TRecordWaxWeightInput = z.infer<typeof ZRecordWaxWeightInput>;

/**
 * Records the tree's wax weight and fixes the metal to issue with the alloy's wax ratio and sprue
 * allowance as they are now (kept on the tree, so a later change by an admin does not rewrite it).
 */
export async function recordWaxWeight(
  db: Db,
  actor: Actor,
  input: TRecordWaxWeightInput,
): Promise<TCastingTree> {
  assertCaster(actor);
  await db.transaction(async (tx) => {
    const tree = await lockOwnOpenTree(tx, actor, input.treeId);
    const [alloy] = await tx
      .select({ waxRatio: currentAlloys.waxRatio, sprueAllowanceG: currentAlloys.sprueAllowanceG })
      .from(currentAlloys)
      .where(eq(currentAlloys.id, tree.alloyId));
    if (!alloy) throw new Error(`Alloy ${tree.alloyId} of tree ${tree.id} is gone`);
    const figures = { waxRatio: alloy.waxRatio, sprueAllowanceG: alloy.sprueAllowanceG };
    const toIssue = metalToIssue(input.waxWeightG, figures);
    await tx
      .update(castingTrees)
      .set({ waxWeightG: input.waxWeightG, ...figures, metalToIssueG: toIssue, updatedAt: new Date() })
      .where(eq(castingTrees.id, tree.id));
    await recordTreeEvent(tx, {
      treeId: tree.id,
      type: 'wax_weighed',
      actorName: actor.name,
      message: domainMessage('tree.event.wax-weighed', {
        waxG: input.waxWeightG,
        toIssueG: toIssue,
        ratio: figures.waxRatio,
        sprueG: figures.sprueAllowanceG,
      }),
      data: { waxWeightG: input.waxWeightG, ...figures, metalToIssueG: toIssue },
    });
  });
  return loadCastingTree(db, input.treeId, actor.userId);
}
