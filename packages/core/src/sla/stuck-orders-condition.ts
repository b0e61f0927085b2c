import type { OrderStatus } from '@facet/db/enums';
import { orders } from '@facet/db/schema/orders';
import { and, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { STUCK_AFTER_S } from './stuck-limits';

/** The statuses that have a time limit: the only ones read, through the status index. */
export const WATCHED_STATUSES = Object.keys(STUCK_AFTER_S) as OrderStatus[];

/** Orders in a watched status since before its limit: the SQL side of `timePastLimit(…) > 0`. */
export function stuckInStatus(now: Date): SQL {
  return and(
    inArray(orders.status, WATCHED_STATUSES),
    or(
      ...WATCHED_STATUSES.map((status) =>
        and(
          eq(orders.status, status),
          lt(orders.statusChangedAt, new Date(now.getTime() - STUCK_AFTER_S[status]! * 1000)),
        ),
      ),
    ),
  )!;
}
