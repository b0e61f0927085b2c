import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TAdminAlloy, toAdminAlloy } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

export const ZUpdateAlloyCastingInput = z.object({
  alloyId: z.string().uuid(),
  waxRatio: z
    .number({ message: fieldMessage('alloy.wax-ratio-missing') })
    .min(1, fieldMessage('alloy.wax-ratio-low'))
    .max(30, fieldMessage('alloy.wax-ratio-high')),
  sprueAllowanceG: z
    .number({ message: fieldMessage('alloy.sprue-missing') })
    .min(0, fieldMessage('alloy.sprue-negative'))
    .max(2_000, fieldMessage('alloy.sprue-high')),
});
export type TUpdateAlloyCastingInput = z.infer<typeof ZUpdateAlloyCastingInput>;

/**
 * Sets the figures a casting tree's metal is computed with: grams of alloy per gram of wax, and the
 * metal added for the button and sprues. Trees already weighed keep the figures they were weighed with.
 */
export async function updateAlloyCasting(
  db: Db,
  actor: Actor,
  input: TUpdateAlloyCastingInput,
): Promise<TAdminAlloy> {
  assertAdmin(actor);
  const [updated] = await db
    .update(alloys)
    .set({ waxRatio: input.waxRatio, sprueAllowanceG: input.sprueAllowanceG, updatedAt: new Date() })
    .where(eq(alloys.id, input.alloyId))
    .returning();
  if (!updated) throw new DomainError('NOT_FOUND', domainMessage('alloy.not-found'));
  return toAdminAlloy(updated);
}
