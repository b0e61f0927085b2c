import type { Db } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { and, asc, eq } from 'drizzle-orm';
import { type Actor, actorMode } from '../shared/actor';
import { assertCanManagePartner } from './partner-access';
import { type TWebhookEndpoint, toWebhookEndpointDto } from './webhook-endpoint-dto';

export async function listWebhookEndpoints(
  db: Db,
  actor: Actor,
  partnerId: string,
): Promise<TWebhookEndpoint[]> {
  assertCanManagePartner(actor, partnerId);
  const rows = await db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.partnerId, partnerId),
        // A key sees its own mode's endpoints; the CRM sees both.
        actor.kind === 'partner' ? eq(webhookEndpoints.mode, actorMode(actor)) : undefined,
      ),
    )
    .orderBy(asc(webhookEndpoints.createdAt));
  return rows.map(toWebhookEndpointDto);
}
