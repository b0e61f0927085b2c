import type { DbOrTx } from '@facet/db/client';
import { webhookAttempts, webhookDeliveries } from '@facet/db/schema/partners';
import { asc, eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { type TWebhookDelivery, toWebhookDeliveryDto } from './webhook-endpoint-dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One delivery with its attempts, if the actor may manage its endpoint's partner. */
export async function getWebhookDelivery(
  db: DbOrTx,
  actor: Actor,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  const [delivery] = UUID.test(deliveryId)
    ? await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId))
    : [];
  if (!delivery) throw new DomainError('NOT_FOUND', domainMessage('webhook.delivery-not-found'));
  await findWebhookEndpoint(db, actor, delivery.endpointId);
  const attempts = await db
    .select()
    .from(webhookAttempts)
    .where(eq(webhookAttempts.deliveryId, delivery.id))
    .orderBy(asc(webhookAttempts.attempt));
  return toWebhookDeliveryDto(delivery, attempts);
}
