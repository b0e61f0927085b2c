import type { Db } from '@facet/db/client';
import { orders, slaBreaches } from '@facet/db/schema/orders';
import { and, eq, inArray } from 'drizzle-orm';

/** Join condition: the order is still in the stay the breach was flagged in. */
export const stillInStay = and(
  eq(orders.id, slaBreaches.orderId),
  eq(orders.status, slaBreaches.status),
  eq(orders.statusChangedAt, slaBreaches.statusEnteredAt),
);

export interface OpenSlaBreach {
  orderId: string;
  flaggedAt: Date;
  limitS: number;
}

/**
 * The breaches still open among these orders: flagged during the stay in the status the order is in
 * now. A breach of an earlier stay (the order moved on, or came back to the status later) is not.
 */
export async function findOpenSlaBreaches(db: Db, orderIds: string[]): Promise<Map<string, OpenSlaBreach>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({ orderId: slaBreaches.orderId, flaggedAt: slaBreaches.flaggedAt, limitS: slaBreaches.limitS })
    .from(slaBreaches)
    .innerJoin(orders, stillInStay)
    .where(inArray(slaBreaches.orderId, orderIds));
  return new Map(rows.map((row) => [row.orderId, row]));
}
