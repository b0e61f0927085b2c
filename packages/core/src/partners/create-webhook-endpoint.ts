import type { Db } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { count, eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCanManagePartner } from './partner-access';
import { generateWebhookSecret } from './sign-webhook';
import { type TWebhookEndpointWithSecret, toWebhookEndpointDto } from './webhook-endpoint-dto';
import { type TCreateWebhookEndpointInput, ZCreateWebhookEndpointInput } from './webhook-endpoint-input';

export const MAX_WEBHOOK_ENDPOINTS = 10;

/** Adds a webhook endpoint; its signing secret is returned this once. */
export async function createWebhookEndpoint(
  db: Db,
  actor: Actor,
  partnerId: string,
  rawInput: TCreateWebhookEndpointInput,
): Promise<TWebhookEndpointWithSecret> {
  assertCanManagePartner(actor, partnerId);
  const input = ZCreateWebhookEndpointInput.parse(rawInput);
  const [existing] = await db
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.partnerId, partnerId));
  if ((existing?.n ?? 0) >= MAX_WEBHOOK_ENDPOINTS) {
    throw new DomainError('CONFLICT', `A partner has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints.`);
  }
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      partnerId,
      url: input.url,
      description: input.description ?? null,
      secret: generateWebhookSecret(),
    })
    .returning();
  if (!row) throw new Error('Webhook endpoint insert returned nothing');
  return { ...toWebhookEndpointDto(row), secret: row.secret };
}
