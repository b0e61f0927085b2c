import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { orders } from '@facet/db/schema/orders';
import { and, eq, inArray, lt, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { selectSellerOrders, toSellerOrder, ZSellerOrder } from './seller-order-dto';
import { lateness, STUCK_AFTER_S } from './stuck-limits';

export const ZLateOrder = ZSellerOrder.extend({
  lateByS: z.number().int(),
  lateReason: z.enum(['past-promise', 'stuck']),
  /** The status's limit, for "in Priced for 4 days (limit 2 days)". */
  stuckAfterS: z.number().int(),
});
export type TLateOrder = z.infer<typeof ZLateOrder>;

export const ZListLateOrdersInput = z.object({ limit: z.number().int().min(1).max(500).default(200) });

/**
 * Orders past their promised date or stuck in a status longer than its limit, the latest first.
 * Only live statuses are read (through the status index), however many finished orders exist.
 */
export async function listLateOrders(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof ZListLateOrdersInput> = {},
): Promise<{ items: TLateOrder[]; total: number }> {
  assertSeller(actor);
  const input = ZListLateOrdersInput.parse(rawInput);
  const now = new Date();
  const watched = Object.keys(STUCK_AFTER_S) as OrderStatus[];
  const stuckSince = watched.map((status) =>
    and(
      eq(orders.status, status),
      lt(orders.statusChangedAt, new Date(now.getTime() - STUCK_AFTER_S[status]! * 1000)),
    ),
  );
  const rows = await selectSellerOrders(db).where(
    and(
      inArray(orders.status, watched),
      or(and(lt(orders.promisedAt, now), ne(orders.status, 'SHIPPED')), ...stuckSince),
    ),
  );
  const late = rows
    .flatMap((row) => {
      const verdict = lateness(row, now);
      return verdict
        ? [
            {
              ...toSellerOrder(row, now),
              lateByS: verdict.lateByS,
              lateReason: verdict.reason,
              stuckAfterS: STUCK_AFTER_S[row.status] ?? 0,
            },
          ]
        : [];
    })
    .sort((a, b) => b.lateByS - a.lateByS);
  return { items: late.slice(0, input.limit), total: late.length };
}
