import type { DbOrTx } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { inArray } from 'drizzle-orm';

/**
 * Locks orders (`FOR UPDATE`, in id order, so two callers never wait on each other crosswise) until
 * the caller's transaction ends, for another context that changes what hangs on them: casting putting
 * orders on a tree. The orders take the lock on their own table, which the other contexts only read
 * through published views, and a view a role may only read cannot be locked through. Answers the ids
 * of the orders that exist; the caller reads what it needs of them through the views.
 * (`FOR UPDATE OF` a schema's table is written schema-qualified by drizzle-orm 0.45, which Postgres
 * refuses: drizzle-orm issue 4950; so only the orders are selected, alone.)
 */
export async function lockOrdersForUpdate(
  tx: DbOrTx,
  orderIds: readonly string[],
): Promise<{ id: string }[]> {
  return tx
    .select({ id: orders.id })
    .from(orders)
    .where(inArray(orders.id, [...orderIds]))
    .orderBy(orders.id)
    .for('update');
}
