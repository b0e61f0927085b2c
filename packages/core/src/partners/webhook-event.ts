import type { partnerOrders } from '@facet/db/schema/orders';
import { z } from 'zod';
import type { OrderChangedPayload } from '../orders/order-changed';
import { CURRENT_API_VERSION } from './api-versions';
import { ZMode, ZOrderStatus } from './partner-order-dto';

/** Outbox topic of a webhook delivery to make: the relay enqueues one delivery job per row. */
export const WEBHOOK_DELIVERY_TOPIC = 'webhook.delivery';

export interface WebhookDeliveryMessage {
  deliveryId: string;
}

export const WEBHOOK_EVENT_TYPES = [
  'order.created',
  'order.status_changed',
  'order.updated',
  'ping',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const ZWebhookOrderData = z
  .object({
    order: z.object({
      id: z.string().uuid(),
      number: z.number().int(),
      externalRef: z.string().max(100).nullable(),
      status: ZOrderStatus,
      previousStatus: ZOrderStatus.nullable(),
      /** Apply an event only if its version is higher than the last one you applied. */
      version: z.number().int(),
      /** The same number the change feed (`GET /orders?updated_since=…`) shows for this change. */
      changeNumber: z.number().int(),
      totalCents: z.number().int().nullable(),
      currency: z.string().length(3),
      statusReason: z.string().max(4000).nullable(),
      changedAt: z.iso.datetime(),
    }),
  })
  .meta({ id: 'WebhookOrderData' });

export const ZWebhookEvent = z
  .object({
    /** The same for every delivery and replay of one event: deduplicate on it. */
    id: z.string().max(100).meta({ example: '01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11:v3' }),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    /** `test` for an event of the sandbox (sent to test endpoints only), `live` otherwise. */
    mode: ZMode,
    /** The API version the payload is written in (also in the `Facet-Version` header). */
    apiVersion: z.string().max(10).meta({ example: CURRENT_API_VERSION }),
    createdAt: z.iso.datetime(),
    data: z.union([
      ZWebhookOrderData,
      z
        .object({ endpointId: z.string().uuid(), message: z.string().max(500) })
        .meta({ id: 'WebhookPingData' }),
    ]),
  })
  .meta({ id: 'WebhookEvent' });
export type TWebhookEvent = z.infer<typeof ZWebhookEvent>;

/** The event key of an order change: one per order version, so a repeat never makes a second delivery. */
export function orderEventKey(orderId: string, version: number): string {
  return `${orderId}:v${version}`;
}

export function buildOrderWebhookEvent(
  change: OrderChangedPayload,
  order: Pick<typeof partnerOrders.$inferSelect, 'externalRef' | 'currency' | 'statusReason'>,
): TWebhookEvent {
  const type: WebhookEventType =
    change.type === 'created'
      ? 'order.created'
      : change.fromStatus !== change.status
        ? 'order.status_changed'
        : 'order.updated';
  return {
    id: orderEventKey(change.orderId, change.version),
    type,
    // Events written before the sandbox carry no mode: they were all live.
    mode: change.mode ?? 'live',
    apiVersion: CURRENT_API_VERSION,
    createdAt: change.at,
    data: {
      order: {
        id: change.orderId,
        number: change.number,
        externalRef: order.externalRef,
        status: change.status,
        previousStatus: change.fromStatus,
        version: change.version,
        changeNumber: change.changeNumber,
        totalCents: change.totalCents,
        currency: order.currency,
        statusReason: order.statusReason,
        changedAt: change.at,
      },
    },
  };
}
