import { type DbOrTx, isTransaction } from '@facet/db/client';
import type { ApiMode } from '@facet/db/enums';
import { announceOutboxRows } from '@facet/db/outbox-wake';
import { preparedQuery } from '@facet/db/prepared';
import type { partnerOrders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { OrderChangedPayload } from '../orders/order-changed';
import { captureTraceContext } from '../shared/trace-context';
import {
  buildOrderWebhookEvent,
  type TWebhookEvent,
  WEBHOOK_DELIVERY_TOPIC,
  type WebhookDeliveryMessage,
} from './webhook-event';

/**
 * In the transaction of an order change: one delivery per active endpoint of the order's partner in
 * the order's mode (a sandbox order's changes go to test endpoints only, a live one's to live
 * endpoints only), and an outbox row for each, so a delivery exists (and will be made) exactly when the change commits.
 * The event key makes a repeat harmless.
 */
export async function recordOrderWebhookDeliveries(
  tx: DbOrTx,
  change: OrderChangedPayload,
  order: Pick<
    typeof partnerOrders.$inferSelect,
    'partnerId' | 'mode' | 'externalRef' | 'currency' | 'statusReason'
  >,
): Promise<string[]> {
  if (!order.partnerId) return [];
  const endpoints = await activeEndpoints(tx, order.partnerId, order.mode);
  if (endpoints.length === 0) return [];
  const event = buildOrderWebhookEvent(change, order);
  return insertDeliveries(
    tx,
    endpoints.map((endpoint) => ({
      endpointId: endpoint.id,
      eventKey: event.id,
      orderId: change.orderId,
      event,
    })),
  );
}

/**
 * The partner's active endpoints in a mode, read once per transaction: an order placed and priced at
 * once records two changes in one, and its partner's endpoints do not change in between.
 */
function activeEndpoints(tx: DbOrTx, partnerId: string, mode: ApiMode): Promise<Array<{ id: string }>> {
  const select = () => findActiveEndpoints.run(tx, { partnerId, mode });
  if (!isTransaction(tx)) return select();
  const read = endpointsRead.get(tx) ?? new Map<string, Promise<Array<{ id: string }>>>();
  endpointsRead.set(tx, read);
  const key = `${partnerId}/${mode}`;
  const endpoints = read.get(key) ?? select();
  read.set(key, endpoints);
  return endpoints;
}

/** Every change of a partner's order reads these: built once (see preparedQuery). */
const findActiveEndpoints = preparedQuery('find_active_webhook_endpoints', (db) =>
  db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.partnerId, sql.placeholder('partnerId')),
        eq(webhookEndpoints.mode, sql.placeholder('mode')),
        isNull(webhookEndpoints.disabledAt),
      ),
    ),
);

const endpointsRead = new WeakMap<DbOrTx, Map<string, Promise<Array<{ id: string }>>>>();

export interface NewDelivery {
  endpointId: string;
  eventKey: string;
  orderId: string | null;
  event: TWebhookEvent;
}

/** Delivery rows plus their outbox rows; returns the ids of the deliveries that are new. */
export async function insertDeliveries(tx: DbOrTx, deliveries: NewDelivery[]): Promise<string[]> {
  const inserted = await tx
    .insert(webhookDeliveries)
    .values(
      deliveries.map((delivery) => ({
        endpointId: delivery.endpointId,
        eventKey: delivery.eventKey,
        eventType: delivery.event.type,
        orderId: delivery.orderId,
        payload: delivery.event,
        nextAttemptAt: sql`now()`,
      })),
    )
    .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventKey] })
    .returning({ id: webhookDeliveries.id });
  if (inserted.length > 0) {
    await tx.insert(outbox).values(
      inserted.map((delivery) => ({
        topic: WEBHOOK_DELIVERY_TOPIC,
        aggregateId: delivery.id,
        payload: { deliveryId: delivery.id } satisfies WebhookDeliveryMessage,
        traceContext: captureTraceContext(),
      })),
    );
    await announceOutboxRows(tx);
  }
  return inserted.map((delivery) => delivery.id);
}
