import type { Db } from '@facet/db/client';
import { orderEvents, orders, slaBreaches } from '@facet/db/schema/orders';
import { sql } from 'drizzle-orm';

/**
 * Marks the breaches whose order has left the flagged stay as resolved, at the moment it left (its
 * first status change after the flag, from the timeline). Only unresolved breaches are read (a
 * partial index holds them). Returns how many were resolved.
 */
export async function resolveSlaBreaches(db: Db): Promise<number> {
  const resolved = await db.execute<{ id: string }>(sql`
    update ${slaBreaches} b
    set resolved_at = coalesce((
      select e.created_at from ${orderEvents} e
      where e.order_id = b.order_id and e.version > coalesce(b.event_version, 0) and e.type = 'status_changed'
      order by e.version
      limit 1), now())
    from ${orders} o
    where b.resolved_at is null and o.id = b.order_id
      and (o.status <> b.status or o.status_changed_at <> b.status_entered_at)
    returning b.id`);
  return resolved.length;
}
