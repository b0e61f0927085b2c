import type { Db } from '@facet/db/client';
import { webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { findWebhookEndpoint } from './find-webhook-endpoint';

/**
 * Deletes an endpoint with its delivery log (the schema keeps no deleted endpoints). Deliveries not yet
 * made are dropped with it: a partner that deletes an endpoint no longer wants them.
 */
export async function deleteWebhookEndpoint(db: Db, actor: Actor, endpointId: string): Promise<void> {
  const endpoint = await findWebhookEndpoint(db, actor, endpointId);
  await db.transaction(async (tx) => {
    await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id));
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
  });
}
