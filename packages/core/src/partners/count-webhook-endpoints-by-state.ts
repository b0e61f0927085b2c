import type { Db } from '@facet/db/client';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { sql } from 'drizzle-orm';

export interface WebhookEndpointCounts {
  /** Enabled, and the last delivery attempt failed (one or more failures in a row). */
  failing: number;
  /** Disabled after failing for too long (or by hand). */
  disabled: number;
}

/** Endpoints in trouble, for a gauge. One pass over webhook_endpoints: a few per partner. */
export async function countWebhookEndpointsByState(db: Db): Promise<WebhookEndpointCounts> {
  const [row] = await db
    .select({
      failing: sql<number>`count(*) filter (where ${webhookEndpoints.disabledAt} is null and ${webhookEndpoints.consecutiveFailures} > 0)::int`,
      disabled: sql<number>`count(*) filter (where ${webhookEndpoints.disabledAt} is not null)::int`,
    })
    .from(webhookEndpoints);
  return { failing: row?.failing ?? 0, disabled: row?.disabled ?? 0 };
}
