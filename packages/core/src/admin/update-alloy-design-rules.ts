import type { Db } from '@facet/db/client';
import { alloyDesignRuleHistory, alloys } from '@facet/db/schema/pricing';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZDesignRules } from '../castability/design-rules';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TAdminAlloy, toAdminAlloy } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

/** Flat, so each wrong figure is named by its own field. */
export const ZUpdateAlloyDesignRulesInput = z
  .object({ alloyId: z.string().uuid() })
  .extend(ZDesignRules.shape);
export type TUpdateAlloyDesignRulesInput = z.input<typeof ZUpdateAlloyDesignRulesInput>;

/**
 * Saves what the workshop casts in an alloy, and keeps the version in alloy_design_rule_history (the
 * first save also keeps the version it replaces). Only verdicts judged from now on use the new rules:
 * an order keeps the verdict its items were judged with.
 */
export async function updateAlloyDesignRules(
  db: Db,
  actor: Actor,
  rawInput: TUpdateAlloyDesignRulesInput,
): Promise<TAdminAlloy> {
  assertAdmin(actor);
  const { alloyId, ...designRules } = ZUpdateAlloyDesignRulesInput.parse(rawInput);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(alloys).where(eq(alloys.id, alloyId)).for('update');
    if (!current) throw new DomainError('NOT_FOUND', domainMessage('alloy.not-found'));
    const earlier = await tx.query.alloyDesignRuleHistory.findFirst({
      where: eq(alloyDesignRuleHistory.alloyId, alloyId),
      columns: { id: true },
    });
    if (!earlier) {
      await tx.insert(alloyDesignRuleHistory).values({
        alloyId,
        designRules: current.designRules,
        changedById: null,
        createdAt: current.updatedAt,
      });
    }
    const [updated] = await tx
      .update(alloys)
      .set({ designRules, updatedAt: new Date() })
      .where(eq(alloys.id, alloyId))
      .returning();
    await tx.insert(alloyDesignRuleHistory).values({ alloyId, designRules, changedById: actor.userId });
    return toAdminAlloy(updated!);
  });
}
