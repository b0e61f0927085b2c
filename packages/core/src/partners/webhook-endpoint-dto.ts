import { WEBHOOK_DELIVERY_STATUSES } from '@facet/db/enums';
import type { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { z } from 'zod';
import { isoOrNull } from './dates';
import { ZMode } from './partner-order-dto';
import { WEBHOOK_EVENT_TYPES } from './webhook-event';

export const ZWebhookEndpoint = z
  .object({
    id: z.string().uuid(),
    url: z.string().max(2_000).meta({ example: 'https://erp.atelier-lumen.example/facet/webhooks' }),
    description: z.string().max(200).nullable(),
    /** A test endpoint hears of sandbox orders only, a live one of live orders only. */
    mode: ZMode,
    enabled: z.boolean(),
    /** Set when the workshop disabled the endpoint after it failed for too long, with the reason. */
    disabledAt: z.iso.datetime().nullable(),
    disabledReason: z.string().max(4000).nullable(),
    consecutiveFailures: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;

export const ZWebhookEndpointWithSecret = ZWebhookEndpoint.extend({
  /** Signs every delivery; shown only when the endpoint is created. */
  secret: z.string().max(100).meta({ example: 'whsec_N2Q5Zp4u0bX0m0x9yTqU8vF3kZr1cW6aH7sJ2dL5eQ4' }),
}).meta({ id: 'WebhookEndpointWithSecret' });
export type TWebhookEndpointWithSecret = z.infer<typeof ZWebhookEndpointWithSecret>;

export const ZWebhookAttempt = z
  .object({
    attempt: z.number().int(),
    statusCode: z.number().int().nullable(),
    error: z.string().max(4000).nullable(),
    durationMs: z.number().int(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'WebhookAttempt' });

export const ZWebhookDelivery = z
  .object({
    id: z.string().uuid(),
    endpointId: z.string().uuid(),
    eventId: z.string().max(100),
    eventType: z.enum(WEBHOOK_EVENT_TYPES),
    orderId: z.string().uuid().nullable(),
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().max(4000).nullable(),
    nextAttemptAt: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    /** Every attempt, oldest first. */
    attemptLog: z.array(ZWebhookAttempt).max(100),
  })
  .meta({ id: 'WebhookDelivery' });
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export function toWebhookEndpointDto(row: typeof webhookEndpoints.$inferSelect): TWebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    mode: row.mode,
    enabled: row.disabledAt === null,
    disabledAt: isoOrNull(row.disabledAt),
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toWebhookDeliveryDto(
  row: typeof webhookDeliveries.$inferSelect,
  attempts: Array<typeof webhookAttempts.$inferSelect>,
): TWebhookDelivery {
  const eventType = (WEBHOOK_EVENT_TYPES as readonly string[]).includes(row.eventType)
    ? (row.eventType as TWebhookDelivery['eventType'])
    : 'order.updated';
  const payloadId = (row.payload as { id?: unknown } | null)?.id;
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: typeof payloadId === 'string' ? payloadId : row.eventKey,
    eventType,
    orderId: row.orderId,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: isoOrNull(row.nextAttemptAt),
    deliveredAt: isoOrNull(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
    attemptLog: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
      at: attempt.createdAt.toISOString(),
    })),
  };
}
