import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { coalesceWakeUps, runWakingRelays } from './outbox-wake';
import type { DatabaseRole } from './roles';
import * as schema from './schema/index';

export interface DbOptions {
  /** Connections in the pool. */
  max?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
  /**
   * The process's database role (roles.ts). Without one, the connection keeps its login's rights:
   * migrations, seeds, tests and benches, which set up every context's tables.
   */
  role?: DatabaseRole;
}

export function createDb(url: string, options: DbOptions = {}) {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? 'facet',
      ...(options.role ? { role: options.role } : {}),
    },
  });
  const db = drizzle(sql, { schema, casing: 'snake_case' });
  const transaction = db.transaction.bind(db);
  const wakeRelays = coalesceWakeUps((query) => db.execute(query));
  db.transaction = ((run, config) =>
    runWakingRelays(() => transaction(run, config), wakeRelays)) as typeof db.transaction;
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

export type Db = ReturnType<typeof createDb>['db'];
/** A transaction, or the database itself: what use cases that may join a transaction accept. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
