import type { Db } from '@facet/db/client';
import { webhookDeliveries } from '@facet/db/schema/partners';
import { and, asc, eq, lt, sql } from 'drizzle-orm';

/**
 * Pending deliveries whose next attempt is overdue by more than `graceMs`: their job was lost (Redis
 * emptied) or never made. Postgres holds every delivery, so re-enqueueing these only delays, never drops.
 */
export async function findOverdueWebhookDeliveries(
  db: Db,
  options: { graceMs: number; limit: number },
): Promise<string[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lt(webhookDeliveries.nextAttemptAt, sql`now() - ${options.graceMs} * interval '1 millisecond'`),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(options.limit);
  return rows.map((row) => row.id);
}
