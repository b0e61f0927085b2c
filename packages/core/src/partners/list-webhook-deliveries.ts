import type { Db } from '@facet/db/client';
import { webhookAttempts, webhookDeliveries } from '@facet/db/schema/partners';
import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { type TWebhookDelivery, toWebhookDeliveryDto } from './webhook-endpoint-dto';

export const ZListWebhookDeliveriesInput = z.object({
  status: z.enum(['pending', 'succeeded', 'failed']).optional(),
  /** The `createdAt` of the last delivery of the previous page. */
  before: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type TListWebhookDeliveriesInput = z.input<typeof ZListWebhookDeliveriesInput>;

/** An endpoint's deliveries, newest first, each with every attempt made. */
export async function listWebhookDeliveries(
  db: Db,
  actor: Actor,
  endpointId: string,
  rawInput: TListWebhookDeliveriesInput = {},
): Promise<TWebhookDelivery[]> {
  const endpoint = await findWebhookEndpoint(db, actor, endpointId);
  const input = ZListWebhookDeliveriesInput.parse(rawInput);
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpoint.id),
        input.status ? eq(webhookDeliveries.status, input.status) : undefined,
        input.before ? lt(webhookDeliveries.createdAt, input.before) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit);
  if (deliveries.length === 0) return [];
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(
      inArray(
        webhookAttempts.deliveryId,
        deliveries.map((delivery) => delivery.id),
      ),
    )
    .orderBy(asc(webhookAttempts.attempt));
  return deliveries.map((delivery) =>
    toWebhookDeliveryDto(
      delivery,
      attempts.filter((attempt) => attempt.deliveryId === delivery.id),
    ),
  );
}
