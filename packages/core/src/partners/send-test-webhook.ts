import type { Db } from '@facet/db/client';
import { uuidv7 } from 'uuidv7';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { CURRENT_API_VERSION } from './api-versions';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { getWebhookDelivery } from './get-webhook-delivery';
import { insertDeliveries } from './record-webhook-deliveries';
import type { TWebhookDelivery } from './webhook-endpoint-dto';

/**
 * Queues a `ping` event to the endpoint, signed and retried like any other delivery; its attempts show
 * in the endpoint's deliveries.
 */
export async function sendTestWebhook(db: Db, actor: Actor, endpointId: string): Promise<TWebhookDelivery> {
  const endpoint = await findWebhookEndpoint(db, actor, endpointId);
  if (endpoint.disabledAt) {
    throw new DomainError(
      'CONFLICT',
      domainMessage('webhook.test-endpoint-disabled'),
      undefined,
      'webhook-endpoint-disabled',
    );
  }
  const eventKey = `ping:${uuidv7()}`;
  const [newId] = await db.transaction((tx) =>
    insertDeliveries(tx, [
      {
        endpointId: endpoint.id,
        eventKey,
        orderId: null,
        event: {
          id: eventKey,
          type: 'ping',
          mode: endpoint.mode,
          apiVersion: CURRENT_API_VERSION,
          createdAt: new Date().toISOString(),
          data: { endpointId: endpoint.id, message: `Test event sent by ${actor.name}.` },
        },
      },
    ]),
  );
  return getWebhookDelivery(db, actor, newId!);
}
