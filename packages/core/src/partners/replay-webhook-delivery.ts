import type { Db } from '@facet/db/client';
import { webhookDeliveries } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { getWebhookDelivery } from './get-webhook-delivery';
import { insertDeliveries } from './record-webhook-deliveries';
import type { TWebhookDelivery } from './webhook-endpoint-dto';
import type { TWebhookEvent } from './webhook-event';

/**
 * Sends a past delivery's event again as a new delivery (with its own attempts), leaving the original
 * and its log as they were. The event keeps its id, so a receiver that already has it can skip it.
 */
export async function replayWebhookDelivery(
  db: Db,
  actor: Actor,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  const original = await getWebhookDelivery(db, actor, deliveryId);
  const endpoint = await findWebhookEndpoint(db, actor, original.endpointId);
  if (endpoint.disabledAt) {
    throw new DomainError(
      'CONFLICT',
      endpoint.disabledReason == null
        ? domainMessage('webhook.replay-endpoint-disabled-unexplained')
        : domainMessage('webhook.replay-endpoint-disabled', { reason: endpoint.disabledReason }),
      undefined,
      'webhook-endpoint-disabled',
    );
  }
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, original.id));
  const eventKey = `${row!.eventKey}:replay:${uuidv7()}`;
  const [newId] = await db.transaction((tx) =>
    insertDeliveries(tx, [
      { endpointId: endpoint.id, eventKey, orderId: row!.orderId, event: row!.payload as TWebhookEvent },
    ]),
  );
  return getWebhookDelivery(db, actor, newId!);
}
