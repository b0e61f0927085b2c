/**
 * The benchmark's own stack: a fresh database on the local PostgreSQL (named facet_bench_api_*, so no
 * other run's database is touched), the demo seed, the production build of the web app in its own
 * folder, and the web, worker and realtime processes on ports of their own. Stopped and dropped after.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { runApps } from '@facet/devstack/apps';
import { createScratchDatabase } from '@facet/devstack/cluster/scratch-database';
import { buildWeb } from '@facet/devstack/cluster/web-build';
import { seedDemo } from '@facet/devstack/seed/seed-demo';

export interface BenchStack {
  webUrl: string;
  realtimeUrl: string;
  /** The partner API's own process (FACET_ROLE=partner-api), when asked for. */
  partnerApiUrl: string | null;
  databaseUrl: string;
  secret: string;
  stop: () => Promise<void>;
}

export interface BenchStackOptions {
  webPort: number;
  realtimePort: number;
  workerPort: number;
  /** Skip `next build` when the build folder is already there (BENCH_SKIP_BUILD=1). */
  skipBuild?: boolean;
  /** More environment for the three apps. */
  env?: Record<string, string>;
  /** Also run the same build as the partner API's own process on this port. */
  partnerApiPort?: number;
  /**
   * Run partners' jobs in a worker process of their own (WORKER_ROLE=partner), its health server on
   * this port; the stack's worker then takes the site's work only.
   */
  partnerWorkerPort?: number;
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Refuses to start over another stack: a health check must reach our server, not someone else's. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', () => reject(new Error(`port ${port} is taken; set BENCH_WEB_PORT to a free one`)))
      .once('listening', () => probe.close(() => resolve()))
      .listen(port);
  });
}

const SECRET = 'bench-secret-that-is-long-enough-for-next-auth-0123456789';

/**
 * One more process of the same build (`pnpm start` of `app`) in a session of its own, as a service
 * started on its own would be; stopped by signalling its process group.
 */
function startOwnProcess(app: string, env: Record<string, string>) {
  return spawn('pnpm', ['--filter', app, 'start'], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
    detached: true,
  });
}

export async function startBenchStack(options: BenchStackOptions): Promise<BenchStack> {
  const ports = [
    options.webPort,
    options.realtimePort,
    options.workerPort,
    options.partnerApiPort,
    options.partnerWorkerPort,
  ];
  for (const port of ports) if (port) await assertPortFree(port);
  const database = await createScratchDatabase('facet_bench_api');
  const databaseUrl = database.url;
  const dropDatabase = database.drop;

  try {
    await migrateDatabase(databaseUrl);
    const storageDir = mkdtempSync(join(tmpdir(), 'facet-bench-api-'));
    const { db, close } = createDb(databaseUrl, { max: 2 });
    await seedDemo(db, new LocalDiskStorage({ root: storageDir, signingSecret: 'bench' }));
    await close();

    const distDir = `.next-bench-${options.webPort}`;
    const webUrl = `http://127.0.0.1:${options.webPort}`;
    if (!options.skipBuild) {
      console.log('[bench] building the web app (production)');
      buildWeb(distDir, { NEXT_PUBLIC_REALTIME_URL: `http://127.0.0.1:${options.realtimePort}` });
    }
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `facet-bench-${Date.now().toString(36)}`,
      NEXTAUTH_URL: webUrl,
      NEXTAUTH_SECRET: SECRET,
      NEXT_PUBLIC_REALTIME_URL: `http://127.0.0.1:${options.realtimePort}`,
      WEB_ORIGIN: webUrl,
      STORAGE_DIR: storageDir,
      PORT: String(options.webPort),
      REALTIME_PORT: String(options.realtimePort),
      WORKER_HEALTH_PORT: String(options.workerPort),
      NEXT_DIST_DIR: distDir,
      // BENCH_LOG_LEVEL=info shows each request and job with its duration.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
      // BENCH_CPU_PROFILE=/tmp/prof profiles every process of the stack (cpu-profile.cjs).
      ...(process.env.BENCH_CPU_PROFILE
        ? { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'cpu-profile.cjs')}` }
        : {}),
      ...(options.partnerWorkerPort ? { WORKER_ROLE: 'site' } : {}),
      ...options.env,
    };
    const apps = runApps('prod', env);
    apps.result.catch(() => {});
    await waitForHealth(`${webUrl}/api/health`, 120_000);
    const partnerApi = options.partnerApiPort
      ? startOwnProcess('@facet/web', {
          ...env,
          PORT: String(options.partnerApiPort),
          FACET_ROLE: 'partner-api',
        })
      : null;
    const partnerApiUrl = options.partnerApiPort ? `http://127.0.0.1:${options.partnerApiPort}` : null;
    if (partnerApiUrl) await waitForHealth(`${partnerApiUrl}/api/health`, 120_000);
    const partnerWorker = options.partnerWorkerPort
      ? startOwnProcess('@facet/worker', {
          ...env,
          WORKER_ROLE: 'partner',
          WORKER_HEALTH_PORT: String(options.partnerWorkerPort),
        })
      : null;
    if (options.partnerWorkerPort) {
      await waitForHealth(`http://127.0.0.1:${options.partnerWorkerPort}/health`, 60_000);
    }
    return {
      webUrl,
      realtimeUrl: `http://127.0.0.1:${options.realtimePort}`,
      partnerApiUrl,
      databaseUrl,
      secret: SECRET,
      stop: async () => {
        for (const child of [partnerApi, partnerWorker]) {
          if (child?.pid) process.kill(-child.pid, 'SIGTERM');
        }
        for (const command of apps.commands) command.kill('SIGTERM');
        await Promise.race([
          apps.result.catch(() => {}),
          new Promise((resolve) => setTimeout(resolve, 10_000)),
        ]);
        await dropDatabase().catch(() => {});
        rmSync(storageDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await dropDatabase().catch(() => {});
    throw error;
  }
}
