/**
 * Seeds the database at DATABASE_URL: the demo (people, alloys, sample models and orders) when it
 * is empty, then, with --orders, a large order history for load tests and benchmarks.
 *
 *   pnpm seed --orders 1000000 [--approved 20000] [--per-step 1000] [--per-early 500]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { DEMO_PASSWORD, DEMO_USERS } from './seed/demo-people';
import { seedLargeDataset } from './seed/large-dataset';
import { isSeeded, seedDemo } from './seed/seed-demo';
import { seedDemoHistory } from './seed/seed-history';

const DEFAULT_STORAGE_DIR = resolve(import.meta.dirname, '..', '..', '..', '.data', 'storage');

/** A whole, non-negative number from a flag, or a message naming the flag. */
function countFrom(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(parsed) || parsed < 0)
    fail(`--${name} must be a whole number of orders, not "${value}"`);
  return parsed;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    fail('DATABASE_URL must be the postgres:// URL of the database to seed');
  }
  const storageDir = process.env.STORAGE_DIR ?? DEFAULT_STORAGE_DIR;
  const { values } = parseArgs({
    options: {
      orders: { type: 'string' },
      approved: { type: 'string' },
      'per-step': { type: 'string' },
      'per-early': { type: 'string' },
    },
  });
  const orders = countFrom('orders', values.orders);

  await migrateDatabase(databaseUrl);
  const { db, sql, close } = createDb(databaseUrl, { max: 2, applicationName: 'facet-seed' });
  try {
    if (await isSeeded(db)) {
      console.log('Demo data already present.');
    } else {
      const storage = new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' });
      await seedDemo(db, storage);
      const history = await seedDemoHistory(db, storage);
      console.log(
        `Demo data seeded, with ${history.orders} orders over the last ${history.days} days. Sign in with (password ${DEMO_PASSWORD}):`,
      );
      for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
    }
    if (orders) {
      const started = performance.now();
      const report = await seedLargeDataset(sql, {
        orders,
        approved: countFrom('approved', values.approved),
        perProductionStep: countFrom('per-step', values['per-step']),
        perEarlyStatus: countFrom('per-early', values['per-early']),
        onProgress: (message) =>
          console.log(`  … ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
      });
      const open = Object.entries(report.byStatus)
        .map(([status, n]) => `${status} ${n.toLocaleString('en-US')}`)
        .join(', ');
      console.log(
        `Added ${report.orders.toLocaleString('en-US')} orders in ${(report.ms / 1000).toFixed(1)} s (open: ${open}; the rest closed, cancelled or rejected).`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
