/**
 * `pnpm bench api`: POST /api/v1/orders throughput and latency with several partners at once, against
 * the production build, beside an empty route handler (GET /api/v1/ping) and an authenticated read
 * (GET /api/v1/materials) of the same server in the same run. Load comes from autocannon in this
 * process, only to 127.0.0.1, bounded in time.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { createDb } from '@facet/db/client';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { addPartnerWithKey } from '../partner-key';
import { round, writeResults } from '../results';
import { backendCpuMs, cpuSpentMs, listeningPid, processCpuMs } from './cpu';
import { startBenchStack } from './stack';

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3410);

interface BenchPartner {
  key: string;
  modelId: string;
}

async function createPartners(databaseUrl: string, webUrl: string): Promise<BenchPartner[]> {
  const { db, close } = createDb(databaseUrl, { max: 2 });
  try {
    const made: BenchPartner[] = [];
    for (let i = 0; i < PARTNERS; i += 1) {
      const key = await addPartnerWithKey(db, `Bench partner ${i + 1}`, 'load-test');
      const upload = await fetch(`${webUrl}/api/v1/models?filename=bench-ring-${i}.stl`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/octet-stream' },
        body: writeBinaryStl(makeTorus(2_000 + i * 10, 9 + i * 0.1, 1.4)),
      });
      if (upload.status !== 201)
        throw new Error(`model upload answered ${upload.status}: ${await upload.text()}`);
      made.push({ key, modelId: ((await upload.json()) as { id: string }).id });
    }
    return made;
  } finally {
    await close();
  }
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function countOrders(databaseUrl: string): Promise<number> {
  const { db, close } = createDb(databaseUrl, { max: 1 });
  try {
    const rows = await db.query.orders.findMany({
      columns: { id: true },
      where: (orders, { eq }) => eq(orders.channel, 'api'),
    });
    return rows.length;
  } finally {
    await close();
  }
}

const stack = await startBenchStack({
  webPort: WEB_PORT,
  realtimePort: WEB_PORT + 2,
  workerPort: WEB_PORT + 3,
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
});
try {
  const benchPartners = await createPartners(stack.databaseUrl, stack.webUrl);
  const before = await countOrders(stack.databaseUrl);
  let sent = 0;
  const orderRequest: autocannon.Request = {
    method: 'POST',
    path: '/api/v1/orders',
    setupRequest: (request) => {
      const partner = benchPartners[sent % benchPartners.length]!;
      sent += 1;
      return {
        ...request,
        headers: {
          authorization: `Bearer ${partner.key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ items: [{ modelId: partner.modelId, alloyCode: 'AG925', quantity: 1 }] }),
      };
    },
  };

  // The partner API's own cheapest path (key, rate limit, one read, the answer checked, the request
  // log): what any authenticated request costs before an order's own work.
  const readRequest: autocannon.Request = {
    method: 'GET',
    path: '/api/v1/materials',
    headers: { authorization: `Bearer ${benchPartners[0]!.key}` },
  };

  const emptyRequest: autocannon.Request = { method: 'GET', path: '/api/v1/ping' };
  console.log(`[bench] warming up`);
  for (const request of [emptyRequest, readRequest, orderRequest]) {
    await run({ url: stack.webUrl, connections: 4, duration: 2, requests: [request] });
  }

  const webPid = listeningPid(WEB_PORT);
  /** One measured phase: what autocannon saw, and the web process's CPU per request meanwhile. */
  const measure = async (request: autocannon.Request) => {
    const cpuBefore = processCpuMs(webPid);
    const result = await run({
      url: stack.webUrl,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [request],
    });
    const webCpuMs = (processCpuMs(webPid) - cpuBefore) / Math.max(1, result.requests.total);
    return { ...result, webCpuMs };
  };

  const monitor = postgres(stack.databaseUrl, { max: 1, onnotice: () => {} });
  const loadBefore = loadavg()[0]!;
  console.log(`[bench] empty route: GET /api/v1/ping, ${CONNECTIONS} connections, ${SECONDS} s`);
  const empty = await measure(emptyRequest);
  console.log(`[bench] authenticated read: GET /api/v1/materials, ${CONNECTIONS} connections, ${SECONDS} s`);
  const read = await measure(readRequest);
  console.log(
    `[bench] POST /api/v1/orders from ${PARTNERS} partners, ${CONNECTIONS} connections, ${SECONDS} s`,
  );
  const ordersBefore = await countOrders(stack.databaseUrl);
  const backendsBefore = await backendCpuMs(monitor);
  const orders = await measure(orderRequest);
  const backendsAfter = await backendCpuMs(monitor);
  await monitor.end();
  const ordersAfter = await countOrders(stack.databaseUrl);

  const ordersPerS = orders['2xx'] / orders.duration;
  const emptyPerS = empty['2xx'] / empty.duration;
  const readPerS = read['2xx'] / read.duration;
  writeResults('api', {
    partners: PARTNERS,
    connections: CONNECTIONS,
    seconds: SECONDS,
    orders_per_s: round(ordersPerS, 1),
    p50_ms: round(orders.latency.p50, 1),
    p99_ms: round(orders.latency.p99, 1),
    orders_created: ordersAfter - ordersBefore,
    orders_answered_201: orders['2xx'],
    orders_non_2xx: orders.non2xx,
    orders_errors: orders.errors,
    empty_route_req_per_s: round(emptyPerS, 1),
    empty_route_p50_ms: round(empty.latency.p50, 1),
    empty_route_p99_ms: round(empty.latency.p99, 1),
    ratio: round(ordersPerS / emptyPerS, 3),
    // A stronger baseline than the empty route: an authenticated request of the same API.
    authenticated_read_req_per_s: round(readPerS, 1),
    authenticated_read_p99_ms: round(read.latency.p99, 1),
    authenticated_read_non_2xx: read.non2xx,
    authenticated_read_ratio_to_empty: round(readPerS / emptyPerS, 3),
    ratio_to_authenticated_read: round(ordersPerS / readPerS, 3),
    // CPU per request (web process; the database's backends, the worker's included): what the path
    // costs, barely moved by a busy machine, unlike the rates above.
    web_cpu_ms_per_order: round(orders.webCpuMs, 2),
    web_cpu_ms_per_empty_request: round(empty.webCpuMs, 2),
    web_cpu_ms_per_authenticated_read: round(read.webCpuMs, 2),
    db_cpu_ms_per_order: round(
      cpuSpentMs(backendsBefore, backendsAfter) / Math.max(1, orders.requests.total),
      2,
    ),
    warmup_orders: ordersBefore - before,
    // The machine is shared: a load far above its 2 cores means these figures are depressed.
    load_avg_1m_before: round(loadBefore, 2),
    load_avg_1m_after: round(loadavg()[0]!, 2),
  });
  if (ordersAfter - ordersBefore < orders['2xx']) {
    console.error('fewer orders stored than answered 201: an order was lost');
    process.exitCode = 1;
  }
} finally {
  await stack.stop();
}
