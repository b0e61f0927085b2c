import type { Db } from '@facet/db/client';
import type { Actor } from '../shared/actor';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { type TWebhookEndpoint, toWebhookEndpointDto } from './webhook-endpoint-dto';

export async function getWebhookEndpoint(
  db: Db,
  actor: Actor,
  endpointId: string,
): Promise<TWebhookEndpoint> {
  return toWebhookEndpointDto(await findWebhookEndpoint(db, actor, endpointId));
}
