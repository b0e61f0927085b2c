import type { ApiMode, OrderStatus } from '@facet/db/enums';
import type { orders } from '@facet/db/schema/orders';

export const ORDER_CHANGED_TOPIC = 'order.changed';

/** What every consumer of an order change receives: realtime, queues, webhooks. */
export interface OrderChangedPayload {
  orderId: string;
  number: number;
  version: number;
  /** The change feed's number of this change (orders.change_number). */
  changeNumber: number;
  type: string;
  fromStatus: OrderStatus | null;
  status: OrderStatus;
  channel: (typeof orders.$inferSelect)['channel'];
  customerUserId: string | null;
  partnerId: string | null;
  claimedById: string | null;
  alloyCode: string | null;
  totalCents: number | null;
  actorName: string;
  reason: string | null;
  at: string;
  /** A canary order (core/canary): pushed to nobody but its own room. */
  isCanary: boolean;
  /**
   * `test` for a sandbox order: pushed to nobody but its own room, moved on by the sandbox job.
   * Absent in outbox rows written before the sandbox (they were all live).
   */
  mode?: ApiMode;
}
