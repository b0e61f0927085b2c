/**
 * The operators' console under a large order history.
 *
 * 1. A database of its own on the local PostgreSQL, migrated and seeded with 1M orders (mostly
 *    closed; 20,000 in the pool).
 * 2. Server time of the pool's first page, and of a page 10,000 rows deep, through the console's
 *    use case (keyset over the partial index), beside the same deep page through OFFSET; timed in a
 *    thread of their own, whose heap is not the seed's.
 * 3. Approve → push latency: 100 operator sockets (in a thread of their own, as browsers are on
 *    machines of their own) on the realtime server (in-process, Redis adapter); a seller approves
 *    orders one by one. First with the relay only polling every 100 ms
 *    (the baseline), then woken on commit as the worker runs it.
 * 4. Creations + claims per second from 32 concurrent writers, with the status counts in one row
 *    per status (the baseline) and in striped rows, alternating in the same database.
 * Then the database is dropped.
 *
 * Run: pnpm bench console   (BENCH_ORDERS=… to change the size)
 */
import '@facet/core/order-listeners';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { approveOrders } from '@facet/core/orders/approve-orders';
import { selectConsoleCards } from '@facet/core/production/console-card';
import { listConsoleCards } from '@facet/core/production/list-console-cards';
import { listPool } from '@facet/core/production/list-pool';
import type { Actor } from '@facet/core/shared/actor';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { seedLargeDataset } from '@facet/devstack/seed/large-dataset';
import { createRedis } from '@facet/jobs/redis';
import { startInProcessRealtime } from '@facet/realtime/testing/in-process-realtime';
import { createInProcessRelay } from '@facet/realtime/testing/in-process-relay';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { percentile, round, writeResults } from '../results';
import { measureCounterWrites } from './counter-writes';
import { poolPageByOffset } from './offset-page';
import type { ConsolesData, ConsolesMessage } from './operator-consoles';
import type { PoolReadsData, PoolReadsSamples } from './pool-reads';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const APPROVED = Math.min(20_000, Math.max(200, Math.round(ORDERS * 0.02)));
const PAGE = 24;
const DEPTH = Math.min(10_000, APPROVED - PAGE * 2);
// p99 is then the 20th slowest read, not the 3rd: one stall of the machine cannot decide it alone.
const QUERY_RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 2_000);
const SOCKETS = 100;
const APPROVALS = 60;
const COUNTER_WRITERS = 32;
const COUNTER_ROUND_MS = Number(process.env.BENCH_COUNTER_ROUND_MS ?? 5_000);
const COUNTER_ROUNDS = 2;
const SECRET = randomBytes(32).toString('hex');

function log(message: string) {
  console.log(`[bench console] ${message}`);
}

const sorted = (samples: number[]) => [...samples].sort((a, b) => a - b);

/** The pool's reads, timed in a thread of their own (pool-reads.ts). */
async function timePoolReads(data: PoolReadsData): Promise<PoolReadsSamples> {
  const thread = new Worker(new URL('./pool-reads-thread.mjs', import.meta.url), { workerData: data });
  try {
    return await new Promise<PoolReadsSamples>((resolve, reject) => {
      thread.once('message', resolve);
      thread.once('error', reject);
      thread.once('exit', (code) => reject(new Error(`the pool reads' thread exited with ${code}`)));
    });
  } finally {
    await thread.terminate();
  }
}

/**
 * The operators' consoles in a thread of their own (operator-consoles.ts). `arrivalsOf(orderId)`
 * resolves `first` at the first console's push and `all` with every console's arrival time.
 */
async function startOperatorConsoles(data: ConsolesData) {
  const thread = new Worker(new URL('./operator-consoles-thread.mjs', import.meta.url), { workerData: data });
  const waiting = new Map<string, { times: number[]; first: () => void; all: (times: number[]) => void }>();
  const connected = new Promise<void>((resolve, reject) => {
    thread.once('error', reject);
    thread.on('message', (message: ConsolesMessage) => {
      if (message.kind === 'connected') return resolve();
      const entry = waiting.get(message.orderId);
      if (!entry) return;
      entry.times.push(message.at);
      if (entry.times.length === 1) entry.first();
      if (entry.times.length === data.cookies.length) {
        waiting.delete(message.orderId);
        entry.all(entry.times);
      }
    });
  });
  await connected;
  return {
    arrivalsOf(orderId: string) {
      let first!: () => void;
      let all!: (times: number[]) => void;
      const arrivals = {
        first: new Promise<void>((resolve) => {
          first = resolve;
        }),
        all: new Promise<number[]>((resolve) => {
          all = resolve;
        }),
      };
      waiting.set(orderId, { times: [], first, all });
      return arrivals;
    },
    async close() {
      thread.postMessage('close');
      await thread.terminate();
    },
  };
}

/** Waits (up to a minute) until no autovacuum worker runs in the database. */
async function waitForAutovacuum(sql: ReturnType<typeof createDb>['sql']): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const [row] = await sql<{ running: number }[]>`
      select count(*)::int as running from pg_stat_activity
      where backend_type = 'autovacuum worker' and datname = current_database()`;
    if (row!.running === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  log('autovacuum still running after a minute; timing anyway');
}

async function withAdmin<T>(run: (sql: ReturnType<typeof createDb>['sql']) => Promise<T>): Promise<T> {
  const admin = createDb(ADMIN_URL, { max: 1, applicationName: 'facet-bench' });
  try {
    return await run(admin.sql);
  } finally {
    await admin.close();
  }
}

const name = `facet_bench_console_${randomBytes(4).toString('hex')}`;
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const redisPrefix = `facet-bench-${randomBytes(4).toString('hex')}`;

await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
const { db, sql, close } = createDb(url.toString(), { max: 10, applicationName: 'facet-bench' });
const cleanups: Array<() => Promise<unknown> | unknown> = [];
try {
  await migrateDatabase(url.toString());
  log(`seeding ${ORDERS.toLocaleString('en-US')} orders into ${name}`);
  const seed = await seedLargeDataset(sql, {
    orders: ORDERS,
    approved: APPROVED,
    // Priced orders to approve: APPROVALS for each relay measured.
    perEarlyStatus: APPROVALS * 2,
    onProgress: (step) => log(`  … ${step}`),
  });
  log(`seeded in ${(seed.ms / 1000).toFixed(1)} s`);
  // The seed's writes are flushed now, not by a checkpoint in the middle of the timings, and the
  // autovacuum the seed set off has finished: the timings are of the console, not of the seeding.
  await sql`checkpoint`;
  await waitForAutovacuum(sql);

  const [operatorRow] = await sql<{ id: string; name: string }[]>`
    select id, name from users where role = 'operator' order by created_at limit 1`;
  const operator: Actor = {
    kind: 'user',
    userId: operatorRow!.id,
    role: 'operator',
    name: operatorRow!.name,
  };
  const [totals] = await sql<{ total: string }[]>`select sum(count) as total from order_status_counts`;

  // --- Pool pages -----------------------------------------------------------------------------
  let cursor: string | null = null;
  for (let walked = 0; walked < DEPTH; walked += 100) {
    const page = await listPool(db, operator, { limit: Math.min(100, DEPTH - walked), cursor });
    cursor = page.nextCursor;
  }
  const deepKeyset = await listPool(db, operator, { limit: PAGE, cursor });
  const deepOffset = await selectConsoleCards(db, poolPageByOffset, { limit: PAGE, offset: DEPTH });
  if (deepKeyset.items.map((card) => card.id).join() !== deepOffset.map((row) => row.card.id).join()) {
    throw new Error('The keyset and OFFSET deep pages differ: the comparison would be meaningless');
  }

  log(`timing the pool (${QUERY_RUNS} runs each, in a thread of their own)`);
  const { firstPage, deepPage, offsetPage, alloyPage } = await timePoolReads({
    url: url.toString(),
    operator,
    cursor: cursor!,
    depth: DEPTH,
    page: PAGE,
    runs: QUERY_RUNS,
  });

  // --- Approve → push ---------------------------------------------------------------------------
  log(`connecting ${SOCKETS} operator sockets`);
  const realtime = await startInProcessRealtime({ db, redisUrl: REDIS_URL, redisPrefix, secret: SECRET });
  cleanups.push(() => realtime.close());
  const operators = await sql<{ id: string; name: string; email: string; session_version: number }[]>`
    insert into users (id, email, name, password_hash, role)
    select gen_random_uuid(), 'bench-operator-' || g || '@operators.invalid', 'Bench operator ' || g,
      '$argon2id$unusable', 'operator'
    from generate_series(1, ${SOCKETS}) g
    returning id, name, email, session_version`;
  const cookies = await Promise.all(
    operators.map((row) => sessionCookieFor({ ...row, sessionVersion: row.session_version }, SECRET)),
  );
  const consoles = await startOperatorConsoles({ url: realtime.url, cookies });
  cleanups.push(() => consoles.close());

  const [seller] = await sql<{ id: string }[]>`
    insert into users (id, email, name, password_hash, role)
    values (gen_random_uuid(), 'bench-seller@sellers.invalid', 'Bench seller', '$argon2id$unusable', 'seller')
    returning id`;
  const sellerActor: Actor = { kind: 'user', userId: seller!.id, role: 'seller', name: 'Bench seller' };
  const priced = await sql<{ id: string }[]>`
    select id from orders where status = 'PRICE_CALCULATED' order by id limit ${APPROVALS * 2}`;

  /** Approves orders one by one; for each, when every socket got the push and when the card was read. */
  const measurePush = async (
    orderIds: string[],
    relayStart: { wakeOnCommit: boolean; intervalMs?: number },
  ) => {
    const relay = await createInProcessRelay({ db, redisUrl: REDIS_URL, redisPrefix });
    relay.start(relayStart);
    const pushMs: number[] = [];
    const cardMs: number[] = [];
    try {
      // Let the relay reach its steady state (listening, or in its polling rhythm).
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const id of orderIds) {
        const received = consoles.arrivalsOf(id);
        const started = performance.timeOrigin + performance.now();
        await approveOrders(db, sellerActor, { orderIds: [id] });
        // What the console then does to show the card: fetch it by id.
        const card = received.first.then(() => listConsoleCards(db, operator, { orderIds: [id] }));
        const arrivals = await received.all;
        await card;
        cardMs.push(performance.timeOrigin + performance.now() - started);
        for (const at of arrivals) pushMs.push(at - started);
        // Spread approvals over the relay's polling cycle, as sellers' clicks would be.
        await new Promise((resolve) => setTimeout(resolve, 37 + Math.random() * 120));
      }
    } finally {
      await relay.close();
    }
    return { push: sorted(pushMs), visible: sorted(cardMs) };
  };

  const ids = priced.map((row) => row.id);
  const half = Math.floor(ids.length / 2);
  log(`approving ${half} orders one by one, the relay polling every 100 ms (baseline)`);
  const polled = await measurePush(ids.slice(0, half), { wakeOnCommit: false, intervalMs: 100 });
  log(`approving ${ids.length - half} orders one by one, the relay woken on commit`);
  const woken = await measurePush(ids.slice(half), { wakeOnCommit: true });

  // --- Counter writes -------------------------------------------------------------------------
  await consoles.close();
  log(
    `creations + claims from ${COUNTER_WRITERS} writers, ${COUNTER_ROUNDS} × ${COUNTER_ROUND_MS} ms per design`,
  );
  const writers = createDb(url.toString(), { max: COUNTER_WRITERS + 2, applicationName: 'facet-bench' });
  cleanups.push(() => writers.close());
  const counters = await measureCounterWrites(writers, {
    writers: COUNTER_WRITERS,
    operators: operators.map((row) => ({ kind: 'user', userId: row.id, role: 'operator', name: row.name })),
    roundMs: COUNTER_ROUND_MS,
    rounds: COUNTER_ROUNDS,
  });
  if (!counters.countsExact) throw new Error('The status counts differ from count(*) after the writers');

  const p = (samples: number[], q: number) => round(percentile(samples, q), 3);
  writeResults('console', {
    orders_total: Number(totals!.total),
    pool_size: APPROVED,
    page_size: PAGE,
    deep_page_rows: DEPTH,
    pool_first_page_p50_ms: p(firstPage, 50),
    pool_first_page_p99_ms: p(firstPage, 99),
    pool_alloy_first_page_p99_ms: p(alloyPage, 99),
    pool_deep_page_p50_ms: p(deepPage, 50),
    pool_deep_page_p99_ms: p(deepPage, 99),
    offset_deep_page_p50_ms: p(offsetPage, 50),
    offset_deep_page_p99_ms: p(offsetPage, 99),
    deep_page_speedup: round(percentile(offsetPage, 50) / percentile(deepPage, 50), 1),
    deep_page_speedup_p99: round(percentile(offsetPage, 99) / percentile(deepPage, 99), 1),
    sockets: cookies.length,
    approvals_per_relay: half,
    push_p50_ms: p(woken.push, 50),
    push_p99_ms: p(woken.push, 99),
    approve_to_card_p50_ms: p(woken.visible, 50),
    approve_to_card_p99_ms: p(woken.visible, 99),
    push_polling_p50_ms: p(polled.push, 50),
    push_polling_p99_ms: p(polled.push, 99),
    push_p99_speedup: round(percentile(polled.push, 99) / percentile(woken.push, 99), 1),
    counter_writers: COUNTER_WRITERS,
    counter_writes_per_s_before: round(counters.singleRowPerSecond, 1),
    counter_writes_per_s_after: round(counters.stripedPerSecond, 1),
    counter_writes_speedup: round(counters.stripedPerSecond / counters.singleRowPerSecond, 2),
    counter_counts_exact: counters.countsExact,
    load_average_1m: round(loadavg()[0]!, 2),
    seed_seconds: round(seed.ms / 1000, 1),
  });
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  await close();
  await withAdmin((admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
  const redis = createRedis(REDIS_URL, 'producer', { lazyConnect: true });
  await redis.connect();
  const keys = await redis.keys(`${redisPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  log(`dropped ${name}`);
}
process.exit(0);
