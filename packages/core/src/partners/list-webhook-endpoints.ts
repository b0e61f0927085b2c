import type { Db } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
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
    .where(eq(webhookEndpoints.partnerId, partnerId))
    .orderBy(asc(webhookEndpoints.createdAt));
  return rows.map(toWebhookEndpointDto);
}
