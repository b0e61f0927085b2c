import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TAdminAlloy, toAdminAlloy } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

export const ZUpdateAlloyCastingInput = z.object({
  alloyId: z.string().uuid(),
  waxRatio: z
    .number({ message: 'Enter the wax ratio.' })
    .min(1, 'A ratio below 1 would make metal lighter than wax.')
    .max(30, 'No alloy is 30 times as heavy as wax.'),
  sprueAllowanceG: z
    .number({ message: 'Enter the sprue allowance in grams.' })
    .min(0, 'The allowance cannot be negative.')
    .max(2_000, 'An allowance above 2 kg is implausible.'),
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
