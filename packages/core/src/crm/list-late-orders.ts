import type { Db } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { and, eq, inArray, lt, ne, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { findOpenSlaBreaches } from '../sla/find-open-sla-breaches';
import { assertSeller } from './assert-seller';
import { selectSellerOrders, toSellerOrder, ZSellerOrder } from './seller-order-dto';
import { lateness, STUCK_AFTER_S } from './stuck-limits';
import { stuckInStatus, WATCHED_STATUSES } from './stuck-orders-condition';

export const ZLateOrder = ZSellerOrder.extend({
  lateByS: z.number().int(),
  lateReason: z.enum(['past-promise', 'stuck']),
  /** The status's limit, for "in Priced for 4 days (limit 2 days)". */
  stuckAfterS: z.number().int(),
  /** When the SLA watchdog flagged the order's stay in its current status; null if it has not (yet). */
  flaggedAt: z.date().nullable(),
});
export type TLateOrder = z.infer<typeof ZLateOrder>;

export const ZListLateOrdersInput = z.object({ limit: z.number().int().min(1).max(500).default(200) });

/**
 * Orders past their promised date or stuck in a status longer than its limit, the latest first, with
 * when the SLA watchdog flagged them. Only live statuses are read (through the status index), however
 * many finished orders exist. Canary orders are not the workshop's business and are left out.
 */
export async function listLateOrders(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof ZListLateOrdersInput> = {},
): Promise<{ items: TLateOrder[]; total: number }> {
  assertSeller(actor);
  const input = ZListLateOrdersInput.parse(rawInput);
  const now = new Date();
  const rows = await selectSellerOrders(db).where(
    and(
      inArray(orders.status, WATCHED_STATUSES),
      eq(orders.isCanary, false),
      or(and(lt(orders.promisedAt, now), ne(orders.status, 'SHIPPED')), stuckInStatus(now)),
    ),
  );
  const late = rows
    .flatMap((row) => {
      const verdict = lateness(row, now);
      return verdict ? [{ row, verdict }] : [];
    })
    .sort((a, b) => b.verdict.lateByS - a.verdict.lateByS);
  const shown = late.slice(0, input.limit);
  const breaches = await findOpenSlaBreaches(
    db,
    shown.map(({ row }) => row.id),
  );
  return {
    items: shown.map(({ row, verdict }) => ({
      ...toSellerOrder(row, now),
      lateByS: verdict.lateByS,
      lateReason: verdict.reason,
      stuckAfterS: STUCK_AFTER_S[row.status] ?? 0,
      flaggedAt: breaches.get(row.id)?.flaggedAt ?? null,
    })),
    total: late.length,
  };
}
