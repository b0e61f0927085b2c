/**
 * The stack end-to-end tests run against: a fresh database on the real PostgreSQL server, seeded
 * with the demo data; the production build of the web app; the worker and the realtime server.
 * Playwright starts it (see playwright.config.ts) and stops it when the tests end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import postgres from 'postgres';
import { runApps } from './apps';
import { seedDemo } from './seed/seed-demo';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3100);
const REALTIME_PORT = Number(process.env.E2E_REALTIME_PORT ?? 3102);

function log(message: string) {
  console.log(`[e2e-stack] ${message}`);
}

async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  // Databases left by an e2e run that was killed before it could clean up.
  const stale = await admin<
    { datname: string }[]
  >`select datname from pg_database where datname like 'facet_e2e_%'`;
  for (const { datname } of stale) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
  const name = `facet_e2e_${Date.now().toString(36)}`;
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists "${name}" with (force)`);
      await sql.end();
    },
  };
}

async function main() {
  const database = await createDatabase();
  await migrateDatabase(database.url);
  const storageDir = mkdtempSync(join(tmpdir(), 'facet-e2e-storage-'));
  const { db, close } = createDb(database.url, { max: 4 });
  const report = await seedDemo(db, new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' }));
  await close();
  log(`database ${database.url} migrated and seeded`);

  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building the web app');
    const build = spawnSync('pnpm', ['--filter', '@facet/web', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
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
    WORKER_HEALTH_PORT: String(Number(process.env.E2E_WORKER_PORT ?? 3103)),
    E2E_PARTNER_API_KEY: report.apiKey,
    LOG_LEVEL: 'warn',
  };
  const { result } = runApps('prod', env);
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
