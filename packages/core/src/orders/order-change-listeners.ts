import type { DbOrTx } from '@facet/db/client';
import type { orders } from '@facet/db/schema/orders';
import type { DomainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import type { OrderChangedPayload } from './order-changed';

type OrderRow = typeof orders.$inferSelect;

/**
 * Writes of another context that must commit with an order's change (a partner's webhook deliveries,
 * a casting tree's membership). Orders knows them only by this shape: the contexts are wired in by
 * `packages/core/src/order-listeners.ts`, so orders imports neither partners nor casting.
 */
export interface OrderChangeListener {
  /** In the transaction of a status change, after the UPDATE, sent beside the timeline row. */
  statusChanged?: (
    tx: DbOrTx,
    change: { order: OrderRow; actor: Actor; reason: string | DomainMessage | null | undefined },
  ) => Promise<unknown>;
  /** In the transaction of every order event that is not internal, beside its outbox row. */
  eventRecorded?: (tx: DbOrTx, event: { change: OrderChangedPayload; order: OrderRow }) => Promise<unknown>;
}

let wired: readonly OrderChangeListener[] | null = null;

/** Sets the listeners every order change runs (once per process, by `order-listeners.ts`). */
export function wireOrderChangeListeners(listeners: readonly OrderChangeListener[]): void {
  wired = listeners;
}

/**
 * The wired listeners. An order changed before they were wired would silently miss its webhooks and
 * its tree: that is refused loudly instead.
 */
export function orderChangeListeners(): readonly OrderChangeListener[] {
  if (!wired) {
    throw new Error(
      "Order change listeners are not wired: import '@facet/core/order-listeners' once where the process starts.",
    );
  }
  return wired;
}
