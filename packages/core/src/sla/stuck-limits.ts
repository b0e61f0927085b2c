import type { OrderStatus } from '@facet/db/enums';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * How long an order may stay in a status before a seller should look at it, in seconds. Drafts
 * (INITIATED, FILE_UPLOADED) and finished orders are never stuck.
 */
export const STUCK_AFTER_S: Partial<Record<OrderStatus, number>> = {
  SUBMITTED: 1 * HOUR,
  PRICE_CALCULATED: 2 * DAY,
  MANUFACTURING_APPROVED: 1 * DAY,
  MANUFACTURING_STARTED: 5 * DAY,
  MANUFACTURING_COMPLETED: 2 * DAY,
  PACKAGING: 1 * DAY,
  SHIPPED: 14 * DAY,
  ON_HOLD: 7 * DAY,
};

export type LateReason = 'past-promise' | 'stuck';

/**
 * How long an order has stayed in its status beyond that status's limit, in seconds (> 0 once it is
 * past it), or null for a status without a limit. The SLA watchdog and the late list both use it.
 */
export function timePastLimit(
  order: { status: OrderStatus; statusChangedAt: Date },
  now: Date,
): number | null {
  const limit = STUCK_AFTER_S[order.status];
  if (limit === undefined) return null;
  return (now.getTime() - order.statusChangedAt.getTime()) / 1000 - limit;
}

/** How late an order is (seconds, > 0 when late) and why; the larger of the two measures wins. */
export function lateness(
  order: { status: OrderStatus; statusChangedAt: Date; promisedAt: Date | null },
  now: Date,
): { lateByS: number; reason: LateReason } | null {
  const stuck = timePastLimit(order, now);
  if (stuck === null) return null;
  const pastPromise =
    order.promisedAt && order.status !== 'SHIPPED'
      ? (now.getTime() - order.promisedAt.getTime()) / 1000
      : Number.NEGATIVE_INFINITY;
  const lateByS = Math.max(stuck, pastPromise);
  if (lateByS <= 0) return null;
  return { lateByS: Math.round(lateByS), reason: pastPromise >= stuck ? 'past-promise' : 'stuck' };
}
