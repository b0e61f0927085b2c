/**
 * The stack end-to-end tests run against: a fresh database on the real PostgreSQL server, seeded
 * with the demo data; the production build of the web app; the worker and the realtime server.
 * Playwright starts it (see playwright.config.ts) and stops it when the tests end.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { runApps } from './apps';
import { createScratchDatabase } from './cluster/scratch-database';
import { buildWeb, ROOT } from './cluster/web-build';
import { seedDemo } from './seed/seed-demo';

const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
const REALTIME_PORT = Number(process.env.E2E_REALTIME_PORT ?? 3102);
const WORKER_PORT = Number(process.env.E2E_WORKER_PORT ?? 3103);
/** Answers 200 on /ready once the web app, the worker and the realtime server all do (playwright.config.ts). */
const READY_PORT = Number(process.env.E2E_READY_PORT ?? 3104);
/** The three apps serve /metrics with this bearer token; the API tests read them with it. */
const E2E_METRICS_TOKEN = 'e2e-metrics-token-0123456789';
const DIST_DIR = `.next-e2e-${WEB_PORT}`;

function log(message: string) {
  console.log(`[e2e-stack] ${message}`);
}

async function main() {
  const database = await createScratchDatabase('facet_e2e', String(WEB_PORT));
  await migrateDatabase(database.url);
  const storageDir = mkdtempSync(join(tmpdir(), 'facet-e2e-storage-'));
  const { db, close } = createDb(database.url, { max: 4 });
  const report = await seedDemo(db, new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' }));
  await close();
  log(`database ${database.url} migrated and seeded`);

  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building the web app');
    buildWeb(DIST_DIR, { NEXT_PUBLIC_REALTIME_URL: `http://localhost:${REALTIME_PORT}` });
  }

  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `facet-e2e-${Date.now().toString(36)}`,
    NEXTAUTH_URL: `http://localhost:${WEB_PORT}`,
    NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-for-next-auth-0123456789',
    NEXT_PUBLIC_REALTIME_URL: `http://localhost:${REALTIME_PORT}`,
    WEB_ORIGIN: `http://localhost:${WEB_PORT}`,
    STORAGE_DIR: storageDir,
    PORT: String(WEB_PORT),
    REALTIME_PORT: String(REALTIME_PORT),
    WORKER_HEALTH_PORT: String(WORKER_PORT),
    E2E_PARTNER_API_KEY: report.apiKey,
    NEXT_DIST_DIR: DIST_DIR,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    METRICS_TOKEN: E2E_METRICS_TOKEN,
    // No canary orders while the tests run (they never show in the views the tests read, but their
    // jobs would share the machine); E2E_CANARY_ENABLED=true turns it on.
    CANARY_ENABLED: process.env.E2E_CANARY_ENABLED ?? 'false',
    // The watchdog's flags show within seconds, so a test need not wait a minute for them.
    SLA_WATCHDOG_EVERY_S: '5',
    // The tests' webhook receivers listen on 127.0.0.1: allowed as an admin allows on-premises ones.
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
  };
  // What API tests need to make their own partners and keys: the database is the stack's own.
  const reportFile = process.env.E2E_STACK_REPORT ?? join(ROOT, 'e2e', '.results', 'stack.json');
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify(
      {
        databaseUrl: database.url,
        webUrl: `http://localhost:${WEB_PORT}`,
        apiKey: report.apiKey,
        metricsToken: E2E_METRICS_TOKEN,
        workerUrl: `http://127.0.0.1:${env.WORKER_HEALTH_PORT}`,
        realtimeUrl: `http://localhost:${REALTIME_PORT}`,
        // What a test needs to start one more web process of the same build (another role).
        processEnv: {
          DATABASE_URL: env.DATABASE_URL,
          REDIS_URL: env.REDIS_URL,
          REDIS_PREFIX: env.REDIS_PREFIX,
          NEXTAUTH_URL: env.NEXTAUTH_URL,
          NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
          STORAGE_DIR: env.STORAGE_DIR,
          NEXT_DIST_DIR: env.NEXT_DIST_DIR,
          METRICS_TOKEN: env.METRICS_TOKEN,
          LOG_LEVEL: env.LOG_LEVEL,
        },
      },
      null,
      2,
    )}\n`,
  );
  const { result } = runApps('prod', env);
  serveReadiness([
    `http://localhost:${WEB_PORT}/api/health`,
    `http://127.0.0.1:${WORKER_PORT}/health`,
    `http://localhost:${REALTIME_PORT}/health`,
  ]);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await database.drop().catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  await result.catch(() => {});
  await stop();
}

/**
 * The stack is ready when every process is, not only the web app: a test that orders at once needs the
 * worker's relay and queues (on a busy machine the worker has started two minutes after the web app).
 */
function serveReadiness(healthUrls: string[]) {
  const answers = async (url: string) => {
    try {
      return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok;
    } catch {
      return false;
    }
  };
  createServer((request, response) => {
    if (request.url !== '/ready') return void response.writeHead(404).end();
    void Promise.all(healthUrls.map(answers)).then((ready) =>
      response.writeHead(ready.every(Boolean) ? 200 : 503).end(),
    );
  }).listen(READY_PORT, '127.0.0.1');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
