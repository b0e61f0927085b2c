import type { Db } from '@facet/db/client';
import type { ApiMode } from '@facet/db/enums';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { count, eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCanManagePartner } from './partner-access';
import { generateWebhookSecret } from './sign-webhook';
import { effectiveWebhookAllowList } from './webhook-allow-list';
import { type TWebhookEndpointWithSecret, toWebhookEndpointDto } from './webhook-endpoint-dto';
import { type TCreateWebhookEndpointInput, ZCreateWebhookEndpointInput } from './webhook-endpoint-input';
import { assertWebhookTargetAllowed, type WebhookAllowList } from './webhook-target';

export const MAX_WEBHOOK_ENDPOINTS = 10;

/**
 * Adds a webhook endpoint; its signing secret is returned this once. Its mode is the calling key's
 * (a test key adds a test endpoint, which hears of sandbox orders only); in the CRM a seller picks it.
 */
export async function createWebhookEndpoint(
  db: Db,
  actor: Actor,
  partnerId: string,
  rawInput: TCreateWebhookEndpointInput,
  /** `allowList`: the environment's floor (WEBHOOK_ALLOWED_NETWORKS); the admin's list is added to it. */
  options: { allowList?: WebhookAllowList; mode?: ApiMode } = {},
): Promise<TWebhookEndpointWithSecret> {
  assertCanManagePartner(actor, partnerId);
  const input = ZCreateWebhookEndpointInput.parse(rawInput);
  await assertWebhookTargetAllowed(input.url, await effectiveWebhookAllowList(db, options.allowList));
  const [existing] = await db
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.partnerId, partnerId));
  if ((existing?.n ?? 0) >= MAX_WEBHOOK_ENDPOINTS) {
    throw new DomainError(
      'CONFLICT',
      domainMessage('webhook.too-many-endpoints', { max: MAX_WEBHOOK_ENDPOINTS }),
    );
  }
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      partnerId,
      mode: actor.kind === 'partner' ? actorMode(actor) : (options.mode ?? 'live'),
      url: input.url,
      description: input.description ?? null,
      secret: generateWebhookSecret(),
    })
    .returning();
  if (!row) throw new Error('Webhook endpoint insert returned nothing');
  return { ...toWebhookEndpointDto(row), secret: row.secret };
}
