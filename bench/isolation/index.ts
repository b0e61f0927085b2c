/**
 * `pnpm bench isolation`: what a partner flood does to operators and shoppers. The production build
 * runs as the site (pages, tRPC, uploads) and as the partner API's own process (FACET_ROLE=
 * partner-api); partners' jobs run on their lanes in a worker process of their own (WORKER_ROLE=
 * partner). Measured from the site, in one run: the operators' pool first page and a claim (tRPC, an
 * operator's session) and the shop's quote of a fresh upload (upload → analysed → `shop.listQuotes`,
 * a customer's session), first calm, then while partners upload large models and place orders at
 * their whole budget and beyond (429s included). Writes p50/p99 of both phases and the p99 ratios to
 * bench/results/isolation.json.
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDb } from '@facet/db/client';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { makeOrder } from '@facet/testing/factories';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { startBenchStack } from '../api/stack';
import { addPartnerWithKey } from '../partner-key';
import { percentile, round, writeResults } from '../results';
import type { FloodData, FloodMessage, ToFlood } from './flood';

const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3410);
const PHASE_S = Number(process.env.BENCH_PHASE_SECONDS ?? 20);
const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 3);
/** Lanes per partner: together they send more than the tier allows, so some answers are 429. */
const LANES_PER_PARTNER = Number(process.env.BENCH_PARTNER_LANES ?? 3);
/** Triangles of the partners' models: large next to a shopper's ring (4,000). */
const LARGE_TRIANGLES = Number(process.env.BENCH_LARGE_TRIANGLES ?? 60_000);

/**
 * The operators' loops pause this long between requests: often enough for a few hundred samples of
 * each per phase, so that a p99 is not simply the slowest of fifty.
 */
const OPERATOR_PAUSE_MS = 50;

/** Large models made before the flood: more than its budget lets the partners upload in a phase. */
const FLOOD_MODELS = Number(process.env.BENCH_FLOOD_MODELS ?? 48);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The partners' flood in a process of its own (flood.ts), in a session of its own as a client on
 * another machine would be; its models made once it is ready.
 */
async function startFlood(data: FloodData) {
  const child = fork(fileURLToPath(new URL('./flood.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the flood's process exited with ${code}`)));
  });
  failed.catch(() => {});
  const next = () =>
    Promise.race([new Promise<FloodMessage>((resolve) => child.once('message', resolve)), failed]);
  const send = (message: ToFlood) => child.send(message);
  const ready = next();
  send({ kind: 'data', data });
  await ready;
  return {
    start: async (untilMs: number) => {
      const answered = next();
      send({ kind: 'start', untilMs });
      const message = await answered;
      return message.kind === 'answers' ? message.answers : {};
    },
    stop: () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    },
  };
}

const stack = await startBenchStack({
  webPort: WEB_PORT,
  realtimePort: WEB_PORT + 2,
  workerPort: WEB_PORT + 3,
  partnerApiPort: WEB_PORT + 1,
  // Partners' jobs in a worker process of their own, as in production (BENCH_PARTNER_WORKER=0: one
  // worker takes all the work).
  ...(process.env.BENCH_PARTNER_WORKER === '0' ? {} : { partnerWorkerPort: WEB_PORT + 4 }),
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
});
const { db, close } = createDb(stack.databaseUrl, { max: 4 });
let flood: Awaited<ReturnType<typeof startFlood>> | null = null;

try {
  const user = async (email: string) => {
    const row = await db.query.users.findFirst({ where: (users, { eq }) => eq(users.email, email) });
    if (!row) throw new Error(`no seeded user ${email}`);
    return row;
  };
  const operator = await sessionCookieFor(await user('operator@facet.local'), stack.secret);
  const customer = await sessionCookieFor(await user('customer@facet.local'), stack.secret);

  // Partners on the standard tier (120 requests a minute, an upload costing 5): their lanes together
  // send more than that, so the flood runs at the whole budget and past it (429s).
  const keys: string[] = [];
  for (let i = 0; i < PARTNERS; i += 1) {
    keys.push(await addPartnerWithKey(db, `Flooding atelier ${i + 1}`, 'standard'));
  }
  // Enough approved orders in the pool for every claim of both phases.
  for (let i = 0; i < 1_000; i += 1) await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });

  const site = stack.webUrl;
  const trpcGet = async (path: string, input: unknown, cookie: string) => {
    const url = `${site}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const response = await fetch(url, { headers: { cookie } });
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
  };
  const trpcPost = async (path: string, input: unknown, cookie: string) => {
    const response = await fetch(`${site}/api/trpc/${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: site },
      body: JSON.stringify({ json: input }),
    });
    return response.status;
  };
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };

  let shopFile = 0;
  /** One phase of the operators' and the shop's own traffic, each kind in its own loop. */
  async function measurePhase(seconds: number) {
    const ends = Date.now() + seconds * 1000;
    const pool: number[] = [];
    const claim: number[] = [];
    const quote: number[] = [];
    const health: number[] = [];
    const poolLoop = async () => {
      while (Date.now() < ends) {
        pool.push(await timed(() => trpcGet('mes.listPool', { limit: 50 }, operator)));
        health.push(await timed(() => fetch(`${site}/api/health`).then((r) => r.text())));
        await pause(OPERATOR_PAUSE_MS);
      }
    };
    const claimLoop = async () => {
      while (Date.now() < ends) {
        const page = (await trpcGet('mes.listPool', { limit: 1 }, operator)) as { items: { id: string }[] };
        const orderId = page.items[0]?.id;
        if (!orderId) throw new Error('the pool ran out of orders to claim');
        claim.push(await timed(() => trpcPost('mes.claim', { orderId }, operator)));
        await pause(OPERATOR_PAUSE_MS);
      }
    };
    const quoteLoop = async () => {
      while (Date.now() < ends) {
        shopFile += 1;
        const bytes = writeBinaryStl(makeTorus(4_000 + shopFile * 4, 9, 1.2));
        quote.push(
          await timed(async () => {
            const uploaded = await fetch(`${site}/api/uploads/models?name=ring-${shopFile}.stl`, {
              method: 'POST',
              headers: { cookie: customer, 'content-type': 'application/octet-stream', origin: site },
              body: bytes,
            });
            if (uploaded.status !== 201) throw new Error(`shop upload answered ${uploaded.status}`);
            const { id } = (await uploaded.json()) as { id: string };
            for (;;) {
              const model = (await trpcGet('shop.getModel', { modelId: id }, customer)) as { status: string };
              if (model.status === 'ANALYSED') break;
              if (model.status === 'REJECTED') throw new Error('the shop model was rejected');
              await pause(50);
            }
            await trpcGet('shop.listQuotes', { modelId: id }, customer);
          }),
        );
      }
    };
    await Promise.all([poolLoop(), claimLoop(), quoteLoop()]);
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    return { pool: sorted(pool), claim: sorted(claim), quote: sorted(quote), health: sorted(health) };
  }

  console.log(`[bench] making ${FLOOD_MODELS} large models for the flood`);
  flood = await startFlood({
    partnerApiUrl: stack.partnerApiUrl!,
    keys,
    lanesPerPartner: LANES_PER_PARTNER,
    triangles: LARGE_TRIANGLES,
    models: FLOOD_MODELS,
  });
  console.log('[bench] warming up');
  await measurePhase(4);
  const loadBefore = loadavg()[0]!;
  console.log(`[bench] calm: ${PHASE_S} s`);
  const calm = await measurePhase(PHASE_S);
  console.log(`[bench] flood: ${PARTNERS} partners × ${LANES_PER_PARTNER} lanes, ${PHASE_S} s`);
  const flooding = flood.start(Date.now() + PHASE_S * 1000);
  await pause(2_000);
  const loaded = await measurePhase(PHASE_S - 2);
  const answers = await flooding;

  const p = (values: number[], q: number) => round(percentile(values, q), 1);
  const ratio = (under: number[], base: number[]) => round(percentile(under, 99) / percentile(base, 99), 2);
  writeResults('isolation', {
    phase_seconds: PHASE_S,
    partners: PARTNERS,
    partner_lanes: PARTNERS * LANES_PER_PARTNER,
    large_model_triangles: LARGE_TRIANGLES,
    partner_worker_process: process.env.BENCH_PARTNER_WORKER !== '0',
    pool_samples: loaded.pool.length,
    pool_calm_p50_ms: p(calm.pool, 50),
    pool_calm_p99_ms: p(calm.pool, 99),
    pool_flood_p50_ms: p(loaded.pool, 50),
    pool_flood_p99_ms: p(loaded.pool, 99),
    pool_p99_ratio: ratio(loaded.pool, calm.pool),
    claim_samples: loaded.claim.length,
    claim_calm_p50_ms: p(calm.claim, 50),
    claim_calm_p99_ms: p(calm.claim, 99),
    claim_flood_p50_ms: p(loaded.claim, 50),
    claim_flood_p99_ms: p(loaded.claim, 99),
    claim_p99_ratio: ratio(loaded.claim, calm.claim),
    shop_quote_samples: loaded.quote.length,
    shop_quote_calm_p50_ms: p(calm.quote, 50),
    shop_quote_calm_p99_ms: p(calm.quote, 99),
    shop_quote_flood_p50_ms: p(loaded.quote, 50),
    shop_quote_flood_p99_ms: p(loaded.quote, 99),
    shop_quote_p99_ratio: ratio(loaded.quote, calm.quote),
    health_calm_p99_ms: p(calm.health, 99),
    health_flood_p99_ms: p(loaded.health, 99),
    partner_answers_2xx: (answers[200] ?? 0) + (answers[201] ?? 0),
    partner_answers_429: answers[429] ?? 0,
    partner_answers_other: Object.entries(answers)
      .filter(([status]) => !['200', '201', '429'].includes(status))
      .reduce((sum, [, n]) => sum + n, 0),
    // The machine is shared: a load far above its 2 cores depresses every figure above.
    load_avg_1m_before: round(loadBefore, 2),
    load_avg_1m_after: round(loadavg()[0]!, 2),
  });
} finally {
  flood?.stop();
  await close();
  await stack.stop();
}
