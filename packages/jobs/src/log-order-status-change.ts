import { ORDER_CHANGED_TOPIC, type OrderChangedPayload } from '@facet/core/orders/order-changed';
import { traceIdOf } from '@facet/core/shared/trace-context';
import type { Logger } from '@facet/telemetry/logger';
import type { OutboxMessage } from './outbox-relay';

/**
 * The one INFO line of an order status change (creation included: `from` is null then), written when
 * its outbox row has been published. Rows are marked published exactly once, however many relays
 * run, so each change gets exactly one line; other order changes (an item added) get none.
 */
export function logOrderStatusChange(logger: Logger, message: OutboxMessage): void {
  if (message.topic !== ORDER_CHANGED_TOPIC) return;
  const event = message.payload as OrderChangedPayload;
  if (event.fromStatus === event.status) return;
  logger.info(
    {
      orderId: event.orderId,
      orderNumber: event.number,
      from: event.fromStatus,
      to: event.status,
      actor: event.actorName,
      version: event.version,
      ...(event.reason ? { reason: event.reason } : {}),
      traceId: traceIdOf(message.traceContext),
      changedAt: event.at,
    },
    'order status changed',
  );
}
