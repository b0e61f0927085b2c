import type { Db } from '@facet/db/client';
import { stonePrices } from '@facet/db/schema/pricing';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { findStonePrices } from '../pricing/find-stone-prices';
import { STONE_CUTS } from '../pricing/stone-carats';
import { CARAT_BANDS, type TStonePrice } from '../pricing/stone-price-table';
import type { Actor } from '../shared/actor';
import { assertAdmin } from './assert-admin';

export const ZSetStonePriceInput = z.object({
  cut: z.enum(STONE_CUTS, { message: fieldMessage('stone.cut-unknown') }),
  minCarats: z.number().refine((value) => (CARAT_BANDS as readonly number[]).includes(value), {
    message: fieldMessage('stone.carat-band-unknown'),
  }),
  pricePerCaratCents: z
    .number({ message: fieldMessage('stone.price-missing') })
    .int()
    .min(1, fieldMessage('stone.price-zero'))
    .max(100_000_000, fieldMessage('stone.price-high')),
});

/**
 * Sets the price per carat of a cut and carat band. The earlier price stays as history; quotes made
 * from now on use the new one, an order's stored breakdown never changes.
 */
export async function setStonePrice(
  db: Db,
  actor: Actor,
  input: z.input<typeof ZSetStonePriceInput>,
): Promise<TStonePrice[]> {
  assertAdmin(actor);
  const price = ZSetStonePriceInput.parse(input);
  await db.insert(stonePrices).values({ ...price, changedById: actor.userId });
  return findStonePrices(db);
}
