/**
 * `pnpm bench quote`: a 1M-triangle binary STL (about 50 MB, made in memory) uploaded over HTTP to
 * the production build (`POST /api/v1/models`), with real PostgreSQL, Redis and the worker, until
 * its quotes in every alloy, with the printability verdict, are readable (`POST /api/v1/quotes`).
 *
 * - First uploads: BENCH_RUNS different files (each a slightly different ring, so none is cached).
 *   Time from the start of the upload to: the upload answered, the analysis readable
 *   (`GET /api/v1/models/{id}`), the quotes answered. p50 of each, and each stage's share.
 * - Cached: the same files uploaded again. Time from the upload's answer until the analysis and the
 *   quotes are readable (the analysis is cached by the file's SHA-256).
 *
 * Polls every 10 ms, so a stage is timed to about that. Run: pnpm bench quote
 */
import { loadavg } from 'node:os';
import { createDb } from '@facet/db/client';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
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

async function createPartnerKey(databaseUrl: string): Promise<string> {
  const { db, close } = createDb(databaseUrl, { max: 2 });
  try {
    return await addPartnerWithKey(db, 'Bench quotes', 'load-test');
  } finally {
    await close();
  }
}

interface Timings {
  uploadedMs: number;
  analysedMs: number;
  quotedMs: number;
}

async function uploadAndQuote(webUrl: string, key: string, stl: Uint8Array, name: string): Promise<Timings> {
  const headers = { authorization: `Bearer ${key}` };
  const started = performance.now();
  const upload = await fetch(`${webUrl}/api/v1/models?filename=${name}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: stl,
  });
  if (upload.status !== 201) throw new Error(`upload answered ${upload.status}: ${await upload.text()}`);
  const uploadedMs = performance.now() - started;
  const { id } = (await upload.json()) as { id: string };

  let analysedMs = Number.NaN;
  while (Number.isNaN(analysedMs)) {
    const response = await fetch(`${webUrl}/api/v1/models/${id}`, { headers });
    const model = (await response.json()) as { status: string; analysis: unknown; rejectionReason?: string };
    if (model.status === 'REJECTED') throw new Error(`the model was rejected: ${model.rejectionReason}`);
    if (model.analysis) analysedMs = performance.now() - started;
    else if (performance.now() - started > STAGE_LIMIT_MS) throw new Error('no analysis in time');
    else await sleep(POLL_MS);
  }

  const quote = await fetch(`${webUrl}/api/v1/quotes`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ modelId: id }),
  });
  if (quote.status !== 200) throw new Error(`quotes answered ${quote.status}: ${await quote.text()}`);
  const quotes = (await quote.json()) as { printable: boolean; quotes: unknown[] };
  if (quotes.quotes.length === 0 || typeof quotes.printable !== 'boolean')
    throw new Error('the quotes carry no prices or no verdict');
  return { uploadedMs, analysedMs, quotedMs: performance.now() - started };
}

// Made before the stack starts: seconds of synchronous work here would keep this process from seeing
// the server close an idle keep-alive connection, and the first upload would be written into it.
const files = Array.from({ length: RUNS + 1 }, (_, i) =>
  writeBinaryStl(makeTorus(TRIANGLES, 9.75 + i * 0.01, 1.25)),
);
log(
  `${RUNS + 1} binary STLs of ${(files[0]!.length / 1024 / 1024).toFixed(1)} MiB, ${TRIANGLES.toLocaleString('en-US')} triangles`,
);

const stack = await startBenchStack({
  webPort: WEB_PORT,
  realtimePort: Number(process.env.BENCH_REALTIME_PORT ?? WEB_PORT + 2),
  workerPort: Number(process.env.BENCH_WORKER_PORT ?? WEB_PORT + 3),
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
});
try {
  const key = await createPartnerKey(stack.databaseUrl);

  // The first model after start-up warms the worker's threads and the server's routes.
  await uploadAndQuote(stack.webUrl, key, files[RUNS]!, 'warm-up.stl');
  const first: Timings[] = [];
  for (let i = 0; i < RUNS; i++) {
    first.push(await uploadAndQuote(stack.webUrl, key, files[i]!, `ring-${i}.stl`));
    log(
      `first upload ${i + 1}: ${JSON.stringify(first.at(-1), (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
    );
  }
  const cached: Timings[] = [];
  for (let i = 0; i < RUNS; i++) {
    cached.push(await uploadAndQuote(stack.webUrl, key, files[i]!, `ring-${i}-again.stl`));
    log(
      `same file again ${i + 1}: ${JSON.stringify(cached.at(-1), (_, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
    );
  }

  const uploaded = median(first.map((t) => t.uploadedMs));
  const analysed = median(first.map((t) => t.analysedMs));
  const quoted = median(first.map((t) => t.quotedMs));
  const share = (ms: number) => round((ms / quoted) * 100, 1);
  writeResults('quote', {
    triangles: TRIANGLES,
    stl_mib: round(files[0]!.length / 1024 / 1024, 1),
    runs: RUNS,
    quote_p50_ms: round(quoted, 0),
    upload_answered_p50_ms: round(uploaded, 0),
    analysed_p50_ms: round(analysed, 0),
    upload_share_pct: share(uploaded),
    analysis_share_pct: share(analysed - uploaded),
    quotes_share_pct: share(quoted - analysed),
    quote_cached_p50_ms: round(median(cached.map((t) => t.quotedMs - t.uploadedMs)), 0),
    cached_analysed_after_upload_p50_ms: round(median(cached.map((t) => t.analysedMs - t.uploadedMs)), 0),
    cached_upload_answered_p50_ms: round(median(cached.map((t) => t.uploadedMs)), 0),
    load_average_1m: round(loadavg()[0]!, 2),
  });
} finally {
  await stack.stop();
}
