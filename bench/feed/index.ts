/**
 * The partners' change feed (GET /orders?updated_since=… and its cursor) under a large history.
 *
 * 1. A database of its own, migrated, with one partner's BENCH_ORDERS orders (default 200,000).
 * 2. Server time of a feed page (the horizon read, then a keyset page by change number) through
 *    `listPartnerOrders`, beside a newest-first page of the same depth through the same use case:
 *    the listing partners already had, the strongest honest baseline for a page of orders.
 * 3. What the change-number trigger costs writers: single-order changes (`recordOrderChange`, one
 *    transaction each) with the trigger, beside the same changes with the trigger disabled.
 * Then the database is dropped.
 *
 * Run: pnpm bench feed
 */
import '@facet/core/order-listeners';
import { randomBytes } from 'node:crypto';
import { recordOrderChange } from '@facet/core/orders/record-order-change';
import { listPartnerOrders } from '@facet/core/partners/list-partner-orders';
import type { Actor } from '@facet/core/shared/actor';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { percentile, round, timeRuns, writeResults } from '../results';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 200_000);
const PAGE = 50;
const QUERY_RUNS = 300;
const WRITES = Number(process.env.BENCH_WRITES ?? 2_000);

const log = (message: string) => console.log(`[bench feed] ${message}`);

const name = `facet_bench_feed_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const admin = createDb(ADMIN_URL, { max: 1, applicationName: 'facet-bench' });
await admin.sql.unsafe(`create database "${name}"`);
const { db, sql, close } = createDb(url.toString(), { max: 4, applicationName: 'facet-bench' });
try {
  await migrateDatabase(url.toString());
  log(`seeding ${ORDERS.toLocaleString('en-US')} orders of one partner`);
  const [client] = await sql<{ id: string }[]>`
    insert into clients (id, kind, name, company_name) values (gen_random_uuid(), 'company', 'Bench', 'Bench')
    returning id`;
  const [partner] = await sql<{ id: string }[]>`
    insert into partners (id, client_id, name) values (gen_random_uuid(), ${client!.id}, 'Bench') returning id`;
  // Batches of 10,000 rows, one transaction each: change numbers spread as real traffic spreads them.
  for (let done = 0; done < ORDERS; done += 10_000) {
    const batch = Math.min(10_000, ORDERS - done);
    const firstAgoS = ORDERS - done;
    await sql`
      insert into orders (id, status, channel, partner_id, created_at, updated_at)
      select gen_random_uuid(), 'CLOSED', 'api', ${partner!.id}::uuid,
        now() - make_interval(secs => (${firstAgoS}::int - g)), now() - make_interval(secs => (${firstAgoS}::int - g))
      from generate_series(1, ${batch}::int) g`;
  }
  await sql`vacuum analyze orders`;
  const actor: Actor = { kind: 'partner', partnerId: partner!.id, name: 'Bench' };

  // Cursors half-way down each listing, found by walking it once.
  const half = Math.floor(ORDERS / PAGE / 2);
  let feedCursor: string | null = null;
  let newestCursor: string | null = null;
  {
    let page = await listPartnerOrders(db, actor, { updatedSince: new Date(0), limit: 100 });
    for (let i = 0; i < (half * PAGE) / 100 && page.items.length === 100; i++)
      page = await listPartnerOrders(db, actor, { cursor: page.nextCursor!, limit: 100 });
    feedCursor = page.nextCursor;
    page = await listPartnerOrders(db, actor, { limit: 100 });
    for (let i = 0; i < (half * PAGE) / 100 && page.nextCursor; i++)
      page = await listPartnerOrders(db, actor, { cursor: page.nextCursor, limit: 100 });
    newestCursor = page.nextCursor;
  }
  log('timing pages');
  const feed = await timeRuns(QUERY_RUNS, () =>
    listPartnerOrders(db, actor, { cursor: feedCursor!, limit: PAGE }),
  );
  const newest = await timeRuns(QUERY_RUNS, () =>
    listPartnerOrders(db, actor, { cursor: newestCursor!, limit: PAGE }),
  );

  log('timing writes');
  const ids = (await sql<{ id: string }[]>`select id from orders order by random() limit ${WRITES}`).map(
    (row) => row.id,
  );
  const system: Actor = { kind: 'system', name: 'bench' };
  const change = (i: number) =>
    db.transaction((tx) =>
      recordOrderChange(tx, { orderId: ids[i % ids.length]!, actor: system, type: 'noted' }),
    );
  await sql`alter table orders disable trigger orders_change_number`;
  const withoutTrigger = await timeRuns(WRITES, change);
  await sql`alter table orders enable trigger orders_change_number`;
  const withTrigger = await timeRuns(WRITES, change);

  const p = (samples: number[], q: number) => round(percentile(samples, q), 3);
  const total = (samples: number[]) => samples.reduce((sum, ms) => sum + ms, 0);
  writeResults('feed', {
    orders: ORDERS,
    pageSize: PAGE,
    feedPageP50Ms: p(feed, 50),
    feedPageP99Ms: p(feed, 99),
    newestFirstPageP50Ms: p(newest, 50),
    newestFirstPageP99Ms: p(newest, 99),
    feedVsNewestFirstP50Ratio: round(percentile(feed, 50) / percentile(newest, 50)),
    writeWithTriggerP50Ms: p(withTrigger, 50),
    writeWithoutTriggerP50Ms: p(withoutTrigger, 50),
    writesPerSecondWithTrigger: round((WRITES / total(withTrigger)) * 1000, 1),
    writesPerSecondWithoutTrigger: round((WRITES / total(withoutTrigger)) * 1000, 1),
    triggerWriteCostRatio: round(total(withTrigger) / total(withoutTrigger)),
  });
} finally {
  await close();
  await admin.sql.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.close();
}
