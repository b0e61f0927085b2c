import type { DbOrTx } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { domainMessage } from '../i18n/domain-messages';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertCanManagePartner } from './partner-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An endpoint the actor may manage, or NOT_FOUND (also for another partner's endpoint, and for a key
 * of the other mode: live keys never see test endpoints, nor test keys live ones).
 */
export async function findWebhookEndpoint(db: DbOrTx, actor: Actor, endpointId: string) {
  const [endpoint] = UUID.test(endpointId)
    ? await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpointId))
    : [];
  if (!endpoint || (actor.kind === 'partner' && endpoint.mode !== actorMode(actor))) {
    throw new DomainError('NOT_FOUND', domainMessage('webhook.endpoint-not-found'));
  }
  try {
    assertCanManagePartner(actor, endpoint.partnerId);
  } catch {
    throw new DomainError('NOT_FOUND', domainMessage('webhook.endpoint-not-found'));
  }
  return endpoint;
}
