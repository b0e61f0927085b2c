import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { orders, slaBreaches } from '@facet/db/schema/orders';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { stillInStay } from './find-open-sla-breaches';
import { WATCHED_STATUSES } from './stuck-orders-condition';

export interface SlaBreachCount {
  status: OrderStatus;
  count: number;
}

/**
 * Open SLA breaches by status: orders the watchdog flagged that are still in the status they were
 * flagged in. Every status with a limit is listed, zero included (so a gauge per status drops back
 * to 0), in the order of the workshop's flow. Read from the live orders through the status index.
 */
export async function countSlaBreachesByStatus(db: Db): Promise<SlaBreachCount[]> {
  const rows = await db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .innerJoin(slaBreaches, stillInStay)
    .where(and(inArray(orders.status, WATCHED_STATUSES), eq(orders.offBooks, false)))
    .groupBy(orders.status);
  const byStatus = new Map(rows.map((row) => [row.status, row.count]));
  return WATCHED_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 }));
}
