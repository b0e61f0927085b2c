import { createDb } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makeUser } from '@facet/testing/factories';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { consoleCardsQuery, decodeConsoleCursor } from './console-card';
import { listConsoleCards } from './list-console-cards';
import { listPool, poolFilter } from './list-pool';

const { db, url } = useTestDb();
let operator: Actor;
const approvedIds: string[] = [];

beforeAll(async () => {
  const user = await makeUser(db, { role: 'operator' });
  operator = { kind: 'user', userId: user.id, role: 'operator', name: user.name };
  const silver = await makeAlloy(db, { code: 'AG925' });
  const gold = await makeAlloy(db, { code: 'AU750Y', name: 'Yellow gold 750' });
  const model = await makeModel(db, { originalName: 'signet.stl', previewPngKey: 'previews/x.png' });
  // 30 approved orders; several share one approval instant to the microsecond, so the id breaks ties.
  const base = Date.parse('2026-03-01T10:00:00Z');
  for (let i = 0; i < 30; i += 1) {
    const alloy = i % 3 === 0 ? gold : silver;
    const order = await makeOrder(db, {
      status: 'MANUFACTURING_APPROVED',
      alloyCode: alloy.code,
      totalCents: 10_000 + i,
    });
    await db
      .update(orders)
      .set({
        statusChangedAt: sql`${new Date(base + Math.floor(i / 4) * 60_000).toISOString()}::timestamptz + ${
          (i % 2) * 7
        } * interval '1 microsecond'`,
      })
      .where(sql`${orders.id} = ${order.id}`);
    await makeOrderItem(db, {
      orderId: order.id,
      modelId: model.id,
      alloyId: alloy.id,
      alloyCode: alloy.code,
      ringSize: 54.5,
    });
    approvedIds.push(order.id);
  }
  // Orders elsewhere in their life never show in the pool.
  for (const status of ['PRICE_CALCULATED', 'MANUFACTURING_STARTED', 'CLOSED'] as const) {
    await makeOrder(db, { status });
  }
});

async function expectedOrder(alloyCode?: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    select id from orders where status = 'MANUFACTURING_APPROVED'
    ${alloyCode ? sql`and alloy_code = ${alloyCode}` : sql``}
    order by status_changed_at desc, id desc`);
  return [...rows].map((row) => row.id);
}

async function walk(alloyCode?: string, limit = 7): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listPool(db, operator, { alloyCode, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items.map((card) => card.id));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe('listPool', () => {
  it('pages through every approved order exactly once, newest approval first', async () => {
    const expected = await expectedOrder();
    expect(expected).toHaveLength(30);
    expect(await walk()).toEqual(expected);
  });

  it('filters by alloy', async () => {
    const gold = await walk('AU750Y', 4);
    expect(gold).toEqual(await expectedOrder('AU750Y'));
    expect(gold).toHaveLength(10);
  });

  it('gives each card its items, models and price', async () => {
    const page = await listPool(db, operator, { limit: 1 });
    const card = page.items[0]!;
    expect(card).toMatchObject({
      status: 'MANUFACTURING_APPROVED',
      currency: 'EUR',
      items: [{ modelName: 'signet.stl', ringSize: 54.5, quantity: 1, previewReady: true }],
    });
    expect(card.modelIds).toEqual([card.items[0]!.modelId]);
    expect(card.statusChangedAt).toBeInstanceOf(Date);
  });

  it('refuses a cursor that was tampered with', async () => {
    await expect(listPool(db, operator, { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('reads the first page and a deep page from an index, in its order, without sorting', async () => {
    const first = await listPool(db, operator, { limit: 5 });
    for (const cursor of [null, decodeConsoleCursor(first.nextCursor!)]) {
      const plan = await db.transaction(async (tx) => {
        // Tiny tables favour a scan and a sort; forbid both to prove the index alone can serve the page.
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_sort = off`);
        return tx.execute<{ 'QUERY PLAN': string }>(
          sql`explain ${consoleCardsQuery({ where: poolFilter({ after: cursor }), limit: 25 })}`,
        );
      });
      const text = [...plan].map((row) => row['QUERY PLAN']).join('\n');
      // The pool's partial index, or the per-status index of the late list (same order within a status).
      expect(text).toMatch(/Index Scan (Backward )?using orders_(pool|watched)_idx/);
      // Only the page of rows is put in order again (by the outer query); the orders never are.
      expect(text).not.toMatch(/Sort Key: orders\.|Seq Scan on orders/);
    }
  });

  it('parses the page statement once per connection: later pages are only bound and run', async () => {
    const oneConnection = createDb(url, { max: 1, applicationName: 'facet-test' });
    try {
      for (let page = 0; page < 3; page += 1) await listPool(oneConnection.db, operator, { limit: 5 });
      const prepared = await oneConnection.sql<{ runs: number }[]>`
        select (generic_plans + custom_plans)::int as runs from pg_prepared_statements
        where statement like '%json_agg%' and statement not like '%pg_prepared_statements%'`;
      expect(prepared).toEqual([{ runs: 3 }]);
    } finally {
      await oneConnection.close();
    }
  });

  it('gives the cards of pushed orders by id, leaving out what an operator may not see', async () => {
    const hidden = await makeOrder(db, { status: 'PRICE_CALCULATED' });
    const cards = await listConsoleCards(db, operator, { orderIds: [approvedIds[3]!, hidden.id] });
    expect(cards.map((card) => card.id)).toEqual([approvedIds[3]]);
  });
});
