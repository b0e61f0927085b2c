/**
 * `pnpm bench quote`: a 1M-triangle binary STL (about 50 MB, made in memory) uploaded over HTTP to
 * the production build, with real PostgreSQL, Redis and the worker, until its quotes in every alloy,
 * with the castability verdicts, are readable. Twice, once per channel:
 * - the shop (`quote_*`): a signed-in shopper's upload (`POST /api/uploads/models`), then what the
 *   upload page does: it reads the model (`shop.getModel` over tRPC) the moment the worker's push
 *   (`model:analysed`, over the page's Socket.io connection) says it is analysed, then asks for the
 *   quotes (`shop.listQuotes`). Its models run on the worker's mesh threads.
 * - the partner API (`partner_quote_*`): `POST /api/v1/models`, `GET /api/v1/models/{id}` polled
 *   every 10 ms (so timed to about that), `POST /api/v1/quotes`. Partners' models run on mesh
 *   threads of their own, fewer and niced (README: Isolation), so they are slower here by design.
 *
 * Files are sent with node:http, as a browser sends them (see `postFile`).
 *
 * - First uploads: BENCH_RUNS different files (each a slightly different ring, so none is cached).
 *   Time from the start of the upload to: the upload answered, the analysis readable, the quotes
 *   answered. p50 of each, and each stage's share.
 * - Cached: the same files uploaded again. Time from the upload's answer until the analysis and the
 *   quotes are readable (the analysis is cached by the file's SHA-256).
 *
 * Run: pnpm bench quote
 */
import { request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { createDb } from '@facet/db/client';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import postgres from 'postgres';
import { io, type Socket } from 'socket.io-client';
import { startBenchStack } from '../api/stack';
import { addPartnerWithKey } from '../partner-key';
import { percentile, round, writeResults } from '../results';

const TRIANGLES = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WEB_PORT = Number(process.env.BENCH_WEB_PORT ?? 3430);
const POLL_MS = 10;
/** A stage that has not finished after this is a failure of the run, not a slow figure. */
const STAGE_LIMIT_MS = 120_000;

const log = (message: string) => console.log(`[bench quote] ${message}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );

/** The demo's shopper, signed in as the web app would sign her in. */
async function shopperCookie(databaseUrl: string, secret: string): Promise<string> {
  const sql = postgres(databaseUrl, { max: 1 });
  try {
    const [user] = await sql<{ id: string; name: string; email: string; session_version: number }[]>`
      select id, name, email, session_version from users where email = 'customer@facet.local'`;
    if (!user) throw new Error('the demo seed has no shopper');
    return sessionCookieFor({ ...user, sessionVersion: user.session_version }, secret);
  } finally {
    await sql.end();
  }
}

async function createPartnerKey(databaseUrl: string): Promise<string> {
  const { db, close } = createDb(databaseUrl, { max: 2 });
  try {
    return await addPartnerWithKey(db, 'Bench quotes', 'load-test');
  } finally {
    await close();
  }
}

/** How one channel uploads a model, waits for its analysis and asks for its quotes. */
interface Channel {
  upload(stl: Uint8Array, name: string): Promise<Answer>;
  /** Resolves once the model's analysis is readable; an error when it was rejected or never came. */
  analysed(id: string, started: number): Promise<void>;
  /** Asks for the quotes in every alloy; an error when they carry no price or no verdict. */
  quotes(id: string): Promise<void>;
  close(): void;
}

interface Answer {
  status: number;
  body: string;
}

/**
 * POSTs a file as a browser would, in one write. Not with fetch: Node 20's fetch (undici) takes
 * 0.4–0.6 s to send 50 MB even to a server that only counts the bytes, where node:http takes
 * 35–45 ms, so it would time the client rather than the server.
 */
function postFile(url: string, headers: Record<string, string>, bytes: Uint8Array): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(bytes.length) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(bytes);
  });
}

/** Reads the analysis until it is there: a partner without webhooks polls. */
async function pollUntilAnalysed(read: () => Promise<unknown>, started: number): Promise<void> {
  while (!(await read())) {
    if (performance.now() - started > STAGE_LIMIT_MS) throw new Error('no analysis in time');
    await sleep(POLL_MS);
  }
}

function partnerChannel(webUrl: string, key: string): Channel {
  const headers = { authorization: `Bearer ${key}` };
  return {
    upload: (stl, name) =>
      postFile(
        `${webUrl}/api/v1/models?filename=${name}`,
        { ...headers, 'content-type': 'application/octet-stream' },
        stl,
      ),
    analysed: (id, started) =>
      pollUntilAnalysed(async () => {
        const model = (await (await fetch(`${webUrl}/api/v1/models/${id}`, { headers })).json()) as {
          status: string;
          analysis: unknown;
          rejectionReason?: string;
        };
        if (model.status === 'REJECTED') throw new Error(`the model was rejected: ${model.rejectionReason}`);
        return model.analysis;
      }, started),
    async quotes(id) {
      const quote = await fetch(`${webUrl}/api/v1/quotes`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ modelId: id }),
      });
      if (quote.status !== 200) throw new Error(`quotes answered ${quote.status}: ${await quote.text()}`);
      const body = (await quote.json()) as { printable: boolean; quotes: unknown[] };
      if (body.quotes.length === 0 || typeof body.printable !== 'boolean')
        throw new Error('the quotes carry no prices or no verdict');
    },
    close() {},
  };
}

/**
 * The shopper's upload page: the upload, then the analysis read again the moment the worker's push
 * (`model:analysed`, on the page's realtime connection) says it is there, as the page does.
 */
async function shopChannel(webUrl: string, realtimeUrl: string, cookie: string): Promise<Channel> {
  const query = async <T>(procedure: string, input: unknown): Promise<T> => {
    const url = `${webUrl}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    const response = await fetch(url, { headers: { cookie } });
    if (response.status !== 200)
      throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
  };
  const readAnalysis = async (id: string) => {
    const model = await query<{ status: string; analysis: unknown }>('shop.getModel', { modelId: id });
    if (model.status === 'REJECTED') throw new Error('the model was rejected');
    return model.analysis;
  };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(realtimeUrl, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    auth: { surface: 'orders' },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const pushed = new Map<string, () => void>();
  const pushedEarly = new Set<string>();
  socket.on('model:analysed', ({ modelId }) => {
    const waiter = pushed.get(modelId);
    if (waiter) waiter();
    else pushedEarly.add(modelId);
  });
  const pushFor = (id: string) =>
    new Promise<void>((resolve, reject) => {
      if (pushedEarly.delete(id)) return resolve();
      const timer = setTimeout(() => reject(new Error('no push of the analysis in time')), STAGE_LIMIT_MS);
      pushed.set(id, () => {
        clearTimeout(timer);
        pushed.delete(id);
        resolve();
      });
    });
  return {
    upload: (stl, name) =>
      postFile(
        `${webUrl}/api/uploads/models?name=${name}`,
        { cookie, 'content-type': 'application/octet-stream' },
        stl,
      ),
    async analysed(id) {
      // A file seen before is analysed at once; a new one when the worker says so.
      if (await readAnalysis(id)) return;
      await pushFor(id);
      if (!(await readAnalysis(id))) throw new Error('pushed as analysed, but no analysis readable');
    },
    async quotes(id) {
      const quotes = await query<Array<{ castability: unknown }>>('shop.listQuotes', { modelId: id });
      if (quotes.length === 0 || quotes.some((quote) => !quote.castability))
        throw new Error('the quotes carry no prices or no verdict');
    },
    close: () => socket.close(),
  };
}

interface Timings {
  uploadedMs: number;
  analysedMs: number;
  quotedMs: number;
}

async function uploadAndQuote(channel: Channel, stl: Uint8Array, name: string): Promise<Timings> {
  const started = performance.now();
  const upload = await channel.upload(stl, name);
  if (upload.status !== 201) throw new Error(`upload answered ${upload.status}: ${upload.body}`);
  const uploadedMs = performance.now() - started;
  const { id } = JSON.parse(upload.body) as { id: string };

  await channel.analysed(id, started);
  const analysedMs = performance.now() - started;
  await channel.quotes(id);
  return { uploadedMs, analysedMs, quotedMs: performance.now() - started };
}

/** First uploads of new files, then the same files again (analysed already: cached by hash). */
async function measureChannel(label: string, channel: Channel, files: Uint8Array[], suffix: string) {
  // The first model after start-up warms the worker's threads and the server's routes.
  await uploadAndQuote(channel, files[RUNS]!, `warm-up-${suffix}.stl`);
  const first: Timings[] = [];
  const cached: Timings[] = [];
  const show = (timings: Timings) =>
    JSON.stringify(timings, (_, v) => (typeof v === 'number' ? Math.round(v) : v));
  for (let i = 0; i < RUNS; i++) {
    first.push(await uploadAndQuote(channel, files[i]!, `ring-${i}-${suffix}.stl`));
    log(`${label}, first upload ${i + 1}: ${show(first.at(-1)!)}`);
  }
  for (let i = 0; i < RUNS; i++) {
    cached.push(await uploadAndQuote(channel, files[i]!, `ring-${i}-${suffix}-again.stl`));
    log(`${label}, same file again ${i + 1}: ${show(cached.at(-1)!)}`);
  }
  const uploaded = median(first.map((t) => t.uploadedMs));
  const analysed = median(first.map((t) => t.analysedMs));
  const quoted = median(first.map((t) => t.quotedMs));
  const share = (ms: number) => round((ms / quoted) * 100, 1);
  return {
    quote_p50_ms: round(quoted, 0),
    upload_answered_p50_ms: round(uploaded, 0),
    analysed_p50_ms: round(analysed, 0),
    upload_share_pct: share(uploaded),
    analysis_share_pct: share(analysed - uploaded),
    quotes_share_pct: share(quoted - analysed),
    quote_cached_p50_ms: round(median(cached.map((t) => t.quotedMs - t.uploadedMs)), 0),
    cached_analysed_after_upload_p50_ms: round(median(cached.map((t) => t.analysedMs - t.uploadedMs)), 0),
    cached_upload_answered_p50_ms: round(median(cached.map((t) => t.uploadedMs)), 0),
  };
}

// Made before the stack starts: seconds of synchronous work here would keep this process from seeing
// the server close an idle keep-alive connection, and the first upload would be written into it.
const files = Array.from({ length: 2 * (RUNS + 1) }, (_, i) =>
  writeBinaryStl(makeTorus(TRIANGLES, 9.75 + i * 0.01, 1.25)),
);
log(
  `${files.length} binary STLs of ${(files[0]!.length / 1024 / 1024).toFixed(1)} MiB, ${TRIANGLES.toLocaleString('en-US')} triangles`,
);

const stack = await startBenchStack({
  webPort: WEB_PORT,
  realtimePort: Number(process.env.BENCH_REALTIME_PORT ?? WEB_PORT + 2),
  workerPort: Number(process.env.BENCH_WORKER_PORT ?? WEB_PORT + 3),
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
});
try {
  const shop = await shopChannel(
    stack.webUrl,
    stack.realtimeUrl,
    await shopperCookie(stack.databaseUrl, stack.secret),
  );
  const partner = partnerChannel(stack.webUrl, await createPartnerKey(stack.databaseUrl));
  // Each channel its own files, so the partner's are not found analysed already by the shop's.
  const shopFigures = await measureChannel('shop', shop, files.slice(0, RUNS + 1), 'shop');
  shop.close();
  const partnerFigures = await measureChannel('partner API', partner, files.slice(RUNS + 1), 'partner');
  writeResults('quote', {
    triangles: TRIANGLES,
    stl_mib: round(files[0]!.length / 1024 / 1024, 1),
    runs: RUNS,
    ...shopFigures,
    ...Object.fromEntries(Object.entries(partnerFigures).map(([name, value]) => [`partner_${name}`, value])),
    load_average_1m: round(loadavg()[0]!, 2),
  });
} finally {
  await stack.stop();
}
