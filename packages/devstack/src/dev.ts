import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { runApps } from './apps';
import { type RunningPostgres, startEmbeddedPostgres } from './postgres';
import { resolveRedis } from './redis';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-people';
import { isSeeded, seedDemo } from './seed/seed-demo';
import { seedDemoHistory } from './seed/seed-history';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, '.data');
const WEB_PORT = Number(process.env.PORT ?? 3000);
const REALTIME_PORT = Number(process.env.REALTIME_PORT ?? 3001);

function log(message: string) {
  console.log(`[facet] ${message}`);
}

/** A session secret kept in .data, so sign-ins survive restarts. */
function localSecret(): string {
  const file = join(DATA, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'));
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  mkdirSync(DATA, { recursive: true });
  const postgres: RunningPostgres = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, description: 'DATABASE_URL', stop: async () => {} }
    : await startEmbeddedPostgres(join(DATA, 'pglite'), Number(process.env.PGLITE_PORT ?? 5433));
  log(`Postgres: ${postgres.description}`);
  const redis = await resolveRedis(process.env.REDIS_URL, join(DATA, 'redis'), 6390);
  log(`Redis: ${redis.description}`);

  await migrateDatabase(postgres.url);
  log('Database migrated.');

  const storageDir = process.env.STORAGE_DIR ?? join(DATA, 'storage');
  const { db, close } = createDb(postgres.url, { max: 4, applicationName: 'facet-seed' });
  if (await isSeeded(db)) {
    log('Demo data already present (delete .data to start afresh).');
    printLogins();
  } else {
    const storage = new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' });
    const report = await seedDemo(db, storage);
    const started = performance.now();
    const history = await seedDemoHistory(db, storage);
    log(
      `Demo data seeded, with ${history.orders} orders over the last ${history.days} days (${((performance.now() - started) / 1000).toFixed(1)} s).`,
    );
    printLogins();
    log(
      `Partner "${report.partnerName}" API key (shown once, only its hash is stored):\n\n    ${report.apiKey}\n`,
    );
  }
  await close();

  const env: Record<string, string> = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${WEB_PORT}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXT_PUBLIC_REALTIME_URL: process.env.NEXT_PUBLIC_REALTIME_URL ?? `http://localhost:${REALTIME_PORT}`,
    STORAGE_DIR: storageDir,
    PORT: String(WEB_PORT),
    REALTIME_PORT: String(REALTIME_PORT),
    WEB_ORIGIN: `http://localhost:${WEB_PORT}`,
  };
  log(
    `Starting web (http://localhost:${WEB_PORT}), worker and realtime (:${REALTIME_PORT}). Ctrl-C stops everything.`,
  );
  const { result } = runApps(process.env.FACET_MODE === 'prod' ? 'prod' : 'dev', env);
  const shutdown = async () => {
    await redis.stop();
    await postgres.stop();
  };
  await result.catch(() => {});
  await shutdown();
}

function printLogins() {
  const lines = DEMO_USERS.map(
    (user) => `    ${user.role.padEnd(9)} ${user.email.padEnd(24)} ${DEMO_PASSWORD}`,
  );
  log(`Demo sign-ins:\n\n${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(`[facet] ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause) console.error(error.cause);
  process.exit(1);
});
