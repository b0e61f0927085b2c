import { clients } from '@facet/db/schema/crm';
import { orderSummaries, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { and, asc, desc, eq, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { lateOrderRanges } from '../crm/list-late-orders';
import { UNFINISHED_ORDER } from '../crm/seller-order-dto';

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
          // A key lists its own mode's orders (and a client page the live ones): the mode follows the partner.
          .where(and(eq(orders.partnerId, SOME_ID), eq(orders.mode, 'live')))
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
      'orders_client_idx',
      () =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.clientId, SOME_ID))
          .orderBy(desc(orders.createdAt), desc(orders.id))
          .limit(25),
    ],
    [
      'orders_customer_idx',
      () =>
        db
          .select({ id: orders.id })
          .from(orders)
          .where(eq(orders.customerUserId, SOME_ID))
          .orderBy(desc(orders.createdAt), desc(orders.id))
          .limit(25),
    ],
    [
      'orders_unfinished_created_idx',
      // The sellers' overdue list, read through the view the orders publish (inlined: the same plan).
      () =>
        db
          .select({ id: orderSummaries.id })
          .from(orderSummaries)
          .where(
            and(
              isNotNull(orderSummaries.promisedAt),
              lt(orderSummaries.promisedAt, sql`now()`),
              UNFINISHED_ORDER,
            ),
          )
          .orderBy(desc(orderSummaries.createdAt), desc(orderSummaries.id))
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

describe('lists by total', () => {
  const totalKey = sql`coalesce(${orders.totalCents}, -1)`;
  it.each([
    ['highest first', [desc(totalKey), desc(orders.id)]],
    ['lowest first', [asc(totalKey), asc(orders.id)]],
  ] as Array<[string, SQL[]]>)('are read %s from orders_total_idx, never sorted', async (_name, order) => {
    const plan = await planOf(
      db
        .select({ id: orders.id })
        .from(orders)
        .where(eq(orders.isCanary, false))
        .orderBy(...order)
        .limit(25)
        .$dynamic(),
    );
    expect(plan).toMatch(/Index Scan( Backward)? using orders_total_idx /);
    expect(plan).not.toMatch(/Sort Key|Seq Scan/);
  });
});

describe('the late list', () => {
  it('reads a limited page from each status range and the promised dates, never every late order', async () => {
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await tx.execute<{ 'QUERY PLAN': string }>(
        sql`explain select id from (${lateOrderRanges(new Date(), { lateSince: '2026-01-01 00:00:00+00', id: SOME_ID }, 26)}) late
          order by late_since, id limit 26`,
      );
      return [...rows].map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Index (Only )?Scan using orders_watched_idx /);
    expect(plan).toMatch(/Index (Only )?Scan using orders_promised_idx /);
    expect(plan).not.toMatch(/Seq Scan|Bitmap/);
    // Eight statuses with a limit and the promised dates: nine limited arms under the page's limit.
    expect(plan.match(/-> {2}Limit|^Limit/gm)?.length).toBeGreaterThanOrEqual(10);
  });
});

describe('the partners’ change feed', () => {
  it('is read in change-number order from orders_partner_change_idx, never sorted', async () => {
    const plan = await planOf(
      db
        .select({ id: orders.id })
        .from(orders)
        .where(
          and(
            eq(orders.partnerId, SOME_ID),
            eq(orders.mode, 'test'),
            sql`(${orders.changeNumber}, ${orders.id}) > (${1000}, ${SOME_ID})`,
            lt(orders.changeNumber, 2000),
          ),
        )
        .orderBy(asc(orders.changeNumber), asc(orders.id))
        .limit(51)
        .$dynamic(),
    );
    expect(plan).toMatch(/Index (Only )?Scan using orders_partner_change_idx /);
    expect(plan).not.toMatch(/Sort Key|Seq Scan/);
  });
});
