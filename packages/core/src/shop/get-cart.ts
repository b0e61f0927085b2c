import type { Db } from '@facet/db/client';
import { currentAlloys } from '@facet/db/schema/pricing';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getOrderDetails } from '../orders/get-order-details';
import { ZOrderDetails } from '../orders/order-details';
import { quote } from '../pricing/quote';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import type { Actor } from '../shared/actor';
import { findCart } from './find-cart';

export const ZCart = z.object({
  order: ZOrderDetails,
  /** Sum of the items' instant quotes; null while a model is still being analysed. */
  estimateCents: z.number().int().nullable(),
});
export type TCart = z.infer<typeof ZCart>;

/** The shopper's cart with an instant quote for each item, or null when it is empty. */
export async function getCart(db: Db, actor: Actor): Promise<TCart | null> {
  const cart = await findCart(db, actor);
  if (!cart) return null;
  const order = await getOrderDetails(db, actor, cart.id);
  const codes = [...new Set(order.items.map((item) => item.alloyCode))];
  const rows = codes.length
    ? await db.select().from(currentAlloys).where(inArray(currentAlloys.code, codes))
    : [];
  const alloyByCode = new Map(rows.map((alloy) => [alloy.code, toPricedAlloy(alloy)]));
  let estimateCents: number | null = 0;
  for (const item of order.items) {
    const alloy = alloyByCode.get(item.alloyCode);
    if (!item.model.analysis || !alloy) {
      estimateCents = null;
      continue;
    }
    item.quote = quote(item.model.analysis, alloy, item);
    if (estimateCents !== null) estimateCents += item.quote.totalCents;
  }
  return { order, estimateCents };
}
