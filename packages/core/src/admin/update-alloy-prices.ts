import type { Db } from '@facet/db/client';
import { alloyPriceHistory, alloys } from '@facet/db/schema/pricing';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { ZWorkRates } from '../pricing/work-rates';
import type { Actor } from '../shared/actor';
import { installationCurrency } from '../shared/currency';
import { DomainError } from '../shared/errors';
import { type TAdminAlloy, toAdminAlloy } from './admin-alloy-dto';
import { assertAdmin } from './assert-admin';

export const ZUpdateAlloyPricesInput = z.object({
  alloyId: z.string().uuid(),
  densityGPerCm3: z
    .number({ message: fieldMessage('alloy.density-missing') })
    .min(1, fieldMessage('alloy.density-low'))
    .max(30, fieldMessage('alloy.density-high')),
  pricePerGramCents: z
    .number({ message: fieldMessage('alloy.price-missing') })
    .int()
    .min(1, fieldMessage('alloy.price-zero'))
    .max(1_000_000, fieldMessage('alloy.price-high')),
  castingLossPct: z
    .number({ message: fieldMessage('alloy.loss-missing') })
    .min(0, fieldMessage('alloy.loss-negative'))
    .max(50, fieldMessage('alloy.loss-high')),
  workRates: ZWorkRates,
  active: z.boolean().optional(),
});
export type TUpdateAlloyPricesInput = z.input<typeof ZUpdateAlloyPricesInput>;

/**
 * Saves an alloy's density, price per gram, casting loss and work rates, and keeps the version in
 * alloy_price_history (the first save also keeps the version it replaces). Only quotes made from now
 * on use the new figures: an order's stored breakdown never changes.
 */
export async function updateAlloyPrices(
  db: Db,
  actor: Actor,
  rawInput: TUpdateAlloyPricesInput,
): Promise<TAdminAlloy> {
  assertAdmin(actor);
  const { alloyId, ...figures } = ZUpdateAlloyPricesInput.parse(rawInput);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(alloys).where(eq(alloys.id, alloyId)).for('update');
    if (!current) throw new DomainError('NOT_FOUND', domainMessage('alloy.not-found'));
    const earlier = await tx.query.alloyPriceHistory.findFirst({
      where: eq(alloyPriceHistory.alloyId, alloyId),
      columns: { id: true },
    });
    if (!earlier) {
      await tx.insert(alloyPriceHistory).values({
        alloyId,
        densityGPerCm3: current.densityGPerCm3,
        pricePerGramCents: current.pricePerGramCents,
        currency: current.currency,
        castingLossPct: current.castingLossPct,
        workRates: current.workRates,
        changedById: null,
        createdAt: current.updatedAt,
      });
    }
    const [updated] = await tx
      .update(alloys)
      .set({ ...figures, currency: installationCurrency(), updatedAt: new Date() })
      .where(eq(alloys.id, alloyId))
      .returning();
    await tx.insert(alloyPriceHistory).values({
      alloyId,
      densityGPerCm3: figures.densityGPerCm3,
      pricePerGramCents: figures.pricePerGramCents,
      currency: installationCurrency(),
      castingLossPct: figures.castingLossPct,
      workRates: figures.workRates,
      changedById: actor.userId,
    });
    return toAdminAlloy(updated!);
  });
}
