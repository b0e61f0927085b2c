/**
 * The sellers' screens under a large order history.
 *
 * 1. A database of its own on the local PostgreSQL, migrated and seeded with 1M orders (mostly
 *    closed, some thousands open); open orders get promised dates, and one partner client gets every
 *    API order (~100k), so the overdue, late and client lists have something to find.
 * 2. p50/p95 of each CRM screen through its use case (30 runs after a warm-up), beside the same screen
 *    computed the way it was before the rollups and list indexes (`current-way.ts`, with the new
 *    indexes dropped inside a transaction that is rolled back), in the same run.
 * Then the database is dropped.
 *
 * Run: pnpm bench crm   (BENCH_ORDERS=… to change the size, BENCH_RUNS=… the runs per screen)
 */
import { randomBytes } from 'node:crypto';
import { clientOrderArms } from '@facet/core/crm/client-orders-condition';
import { findClient } from '@facet/core/crm/find-client';
import { getDashboard } from '@facet/core/crm/get-dashboard';
import { LATE_ORDERS_PAGE_SIZE } from '@facet/core/crm/late-orders-page-size';
import { listClientOrders } from '@facet/core/crm/list-client-orders';
import { listLateOrders } from '@facet/core/crm/list-late-orders';
import { listSellerOrders, type TListSellerOrdersInput } from '@facet/core/crm/list-seller-orders';
import { searchClients } from '@facet/core/crm/search-clients';
import { listPartnerOrders } from '@facet/core/partners/list-partner-orders';
import type { Actor } from '@facet/core/shared/actor';
import { createDb, type Db } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { seedLargeDataset } from '@facet/devstack/seed/large-dataset';
import { sql as drizzleSql } from 'drizzle-orm';
import { type Figures, percentile, round, timeRuns, writeResults } from '../results';
import { clientOrdersThroughOr, dashboardLive, lateListInMemory } from './current-way';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** The indexes this change added; dropped (and rolled back) to time the screens the current way. */
const NEW_INDEXES = [
  'orders_total_idx',
  'orders_unfinished_created_idx',
  'orders_watched_idx',
  'orders_promised_idx',
];

function log(message: string) {
  console.log(`[bench crm] ${message}`);
}

/** p50 and p95 of a read, after three untimed calls. */
async function timeRead(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const samples = await timeRuns(RUNS, work, 3);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

async function withAdmin<T>(run: (sql: ReturnType<typeof createDb>['sql']) => Promise<T>): Promise<T> {
  const admin = createDb(ADMIN_URL, { max: 1, applicationName: 'facet-bench' });
  try {
    return await run(admin.sql);
  } finally {
    await admin.close();
  }
}

class RolledBack extends Error {}

/** Runs `work` in a transaction without the new indexes, then rolls the drop back. */
async function withoutNewIndexes(db: Db, work: (tx: Db) => Promise<void>): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(drizzleSql.raw(`drop index ${NEW_INDEXES.join(', ')}`));
      await work(tx as unknown as Db);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

const name = `facet_bench_crm_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;

await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
const { db, sql, close } = createDb(url.toString(), { max: 10, applicationName: 'facet-bench' });
try {
  await migrateDatabase(url.toString());
  log(`seeding ${ORDERS.toLocaleString('en-US')} orders into ${name}`);
  const seed = await seedLargeDataset(sql, { orders: ORDERS, onProgress: (step) => log(`  … ${step}`) });
  log(`seeded in ${(seed.ms / 1000).toFixed(1)} s`);

  log('promised dates for open orders, one partner client with every API order');
  const [sellerRow] = await sql<{ id: string }[]>`
    insert into users (id, email, name, password_hash, role)
    values (gen_random_uuid(), 'bench-seller@sellers.invalid', 'Bench seller', '$argon2id$unusable', 'seller')
    returning id`;
  const seller: Actor = { kind: 'user', userId: sellerRow!.id, role: 'seller', name: 'Bench seller' };
  await sql`
    update orders set promised_at = created_at + lead_time_days * interval '1 day'
    where status not in ('SHIPPED', 'CLOSED', 'REJECTED', 'CANCELLED')`;
  const [partnerRow] = await sql<{ client_id: string; partner_id: string }[]>`
    with client as (
      insert into clients (id, kind, name, company_name)
      values (gen_random_uuid(), 'company', 'Atelier Million', 'Atelier Million') returning id
    )
    insert into partners (id, client_id, name) select gen_random_uuid(), id, 'Atelier Million' from client
    returning client_id, id as partner_id`;
  await sql`update orders set partner_id = ${partnerRow!.partner_id} where channel = 'api'`;
  await sql.unsafe('vacuum (analyze) orders, clients, partners');
  const partner: Actor = { kind: 'partner', partnerId: partnerRow!.partner_id, name: 'Atelier Million' };
  const client = await findClient(db, partnerRow!.client_id);
  const [{ late_total: lateTotal } = { late_total: 0 }] = await sql<{ late_total: number }[]>`
    select count(*)::int as late_total from orders where status not in ('CLOSED', 'REJECTED', 'CANCELLED')`;
  const sevenDaysAgo = new Date(Date.now() - 7 * 86_400_000);

  const list = (input: TListSellerOrdersInput) => () => listSellerOrders(db, seller, { limit: 50, ...input });
  log(`timing each screen (${RUNS} runs), the new way`);
  const screens = {
    dashboard: await timeRead(() => getDashboard(db, seller)),
    orders_total_desc: await timeRead(list({ sort: 'total_desc' })),
    orders_overdue: await timeRead(list({ overdue: true })),
    late_list: await timeRead(() => listLateOrders(db, seller, { limit: LATE_ORDERS_PAGE_SIZE })),
    client_orders: await timeRead(() => listClientOrders(db, seller, { clientId: client.client.id })),
    partner_orders: await timeRead(() => listPartnerOrders(db, partner, {})),
    orders_newest: await timeRead(list({})),
    orders_by_status: await timeRead(list({ statuses: ['MANUFACTURING_APPROVED'] })),
    orders_by_channel: await timeRead(list({ channel: 'crm' })),
    orders_last_7_days: await timeRead(list({ createdFrom: sevenDaysAgo })),
    client_search: await timeRead(() => searchClients(db, seller, { query: 'Atelier' })),
  };

  log(`timing the same screens the current way (${RUNS} runs)`);
  const current: Record<string, { p50: number; p95: number }> = {};
  await withoutNewIndexes(db, async (tx) => {
    const listTx = (input: TListSellerOrdersInput) => () =>
      listSellerOrders(tx, seller, { limit: 50, ...input });
    current.dashboard = await timeRead(() => dashboardLive(tx));
    current.orders_total_desc = await timeRead(listTx({ sort: 'total_desc' }));
    current.orders_overdue = await timeRead(listTx({ overdue: true }));
    current.late_list = await timeRead(() => lateListInMemory(tx, LATE_ORDERS_PAGE_SIZE));
    // As listClientOrders did: find the client (and its partner), then one OR of the arms.
    current.client_orders = await timeRead(async () =>
      clientOrdersThroughOr(tx, clientOrderArms(await findClient(tx, client.client.id))),
    );
  });

  const lists = Object.entries(screens).filter(([screen]) => screen !== 'dashboard');
  const slowest = lists.reduce((worst, entry) => (entry[1].p95 > worst[1].p95 ? entry : worst));
  const figures: Figures = {
    orders: ORDERS,
    runs: RUNS,
    open_orders: lateTotal,
    dashboard_p95_ms: screens.dashboard.p95,
    slowest_list_p95_ms: slowest[1].p95,
    slowest_list: slowest[0],
  };
  for (const [screen, timing] of Object.entries(screens)) {
    figures[`${screen}_p50_ms`] = timing.p50;
    figures[`${screen}_p95_ms`] = timing.p95;
    const before = current[screen];
    if (before) {
      figures[`${screen}_current_p50_ms`] = before.p50;
      figures[`${screen}_current_p95_ms`] = before.p95;
      figures[`${screen}_p95_speedup`] = round(before.p95 / timing.p95, 1);
    }
  }
  figures.dashboard_goal_met = screens.dashboard.p95 <= 50;
  figures.lists_goal_met = slowest[1].p95 <= 20;
  writeResults('crm', figures);
} finally {
  await close();
  await withAdmin((admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
}
