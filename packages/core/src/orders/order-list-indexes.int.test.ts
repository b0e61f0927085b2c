import { clients } from '@facet/db/schema/crm';
import { orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { desc, eq, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

const { db } = useTestDb();

/** The plan of a query with sorting and full scans forbidden: an index must serve its order alone. */
async function planOf(query: PgSelect): Promise<string> {
  const { sql: text, params } = query.toSQL();
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    await tx.execute(sql`set local enable_sort = off`);
    const inlined = text.replace(
      /\$(\d+)/g,
      (_match: string, n: string) => `'${String(params[Number(n) - 1])}'`,
    );
    const rows = await tx.execute<{ 'QUERY PLAN': string }>(sql.raw(`explain ${inlined}`));
    return [...rows].map((row) => row['QUERY PLAN']).join('\n');
  });
}

const SOME_ID = '01900000-0000-7000-8000-000000000000';

describe('newest-first lists', () => {
  // `desc()` asks for DESC NULLS FIRST; an index written DESC NULLS LAST cannot give that order.
  it.each([
    [
      'orders_created_idx',
      () =>
        db.select({ id: orders.id }).from(orders).orderBy(desc(orders.createdAt), desc(orders.id)).limit(25),
    ],
    [
      'orders_status_created_idx',
      () =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.status, 'SUBMITTED'))
          .orderBy(desc(orders.createdAt), desc(orders.id))
          .limit(25),
    ],
    [
      'orders_partner_created_idx',
      () =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.partnerId, SOME_ID))
          .orderBy(desc(orders.createdAt), desc(orders.id))
          .limit(25),
    ],
    [
      'orders_client_idx',
      () =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.clientId, SOME_ID))
          .orderBy(desc(orders.createdAt))
          .limit(25),
    ],
    [
      'clients_created_idx',
      () =>
        db
          .select({ id: clients.id })
          .from(clients)
          .orderBy(desc(clients.createdAt), desc(clients.id))
          .limit(25),
    ],
  ])('are read in order from %s, never sorted', async (index, query) => {
    const plan = await planOf(query().$dynamic());
    expect(plan).toMatch(new RegExp(`Index (Only )?Scan using ${index} `));
    expect(plan).not.toMatch(/Sort Key|Seq Scan/);
  });
});
