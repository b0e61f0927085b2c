import type { ApiMode, OrderStatus } from '@facet/db/enums';
import type { orders } from '@facet/db/schema/orders';
import type { DomainMessage } from '../i18n/domain-messages';

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
  /** Who made the change: a person of the workshop or the shop (`user`), a partner, or the system. */
  actorKind: 'user' | 'partner' | 'system';
  reason: string | null;
  /** The catalogue message `reason` was written from, when the system wrote it (said in each reader's language). */
  reasonMessage?: DomainMessage | null;
  at: string;
  /** A canary order (core/canary): pushed to nobody but its own room. */
  isCanary: boolean;
  /**
   * `test` for a sandbox order: pushed to nobody but its own room, moved on by the sandbox job.
   * Absent in outbox rows written before the sandbox (they were all live).
   */
  mode?: ApiMode;
  /**
   * On the creation of an order priced as it was placed: its price follows in the same transaction,
   * so no pricing job is to be asked for.
   */
  pricedAtOnce?: boolean;
}
