import type { Db } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { findWebhookEndpoint } from './find-webhook-endpoint';
import { effectiveWebhookAllowList } from './webhook-allow-list';
import { type TWebhookEndpoint, toWebhookEndpointDto } from './webhook-endpoint-dto';
import { type TUpdateWebhookEndpointInput, ZUpdateWebhookEndpointInput } from './webhook-endpoint-input';
import { assertWebhookTargetAllowed, type WebhookAllowList } from './webhook-target';

/** Changes an endpoint's URL or description, pauses it, or re-enables it after it was disabled. */
export async function updateWebhookEndpoint(
  db: Db,
  actor: Actor,
  endpointId: string,
  rawInput: TUpdateWebhookEndpointInput,
  options: { allowList?: WebhookAllowList } = {},
): Promise<TWebhookEndpoint> {
  const endpoint = await findWebhookEndpoint(db, actor, endpointId);
  const input = ZUpdateWebhookEndpointInput.parse(rawInput);
  if (input.url !== undefined) {
    await assertWebhookTargetAllowed(input.url, await effectiveWebhookAllowList(db, options.allowList));
  }
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.enabled === true ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}),
      ...(input.enabled === false && endpoint.disabledAt === null
        ? { disabledAt: new Date(), disabledReason: `Paused by ${actor.name}.` }
        : {}),
    })
    .where(eq(webhookEndpoints.id, endpoint.id))
    .returning();
  return toWebhookEndpointDto(row ?? endpoint);
}
