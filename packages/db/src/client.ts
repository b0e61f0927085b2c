import { PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
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
  const db = drizzle(preparingStatements(sql), { schema, casing: 'snake_case' });
  const transaction = db.transaction.bind(db);
  const wakeRelays = coalesceWakeUps((query) => db.execute(query));
  db.transaction = ((run, config) =>
    runWakingRelays(() => transaction(run, config), wakeRelays)) as typeof db.transaction;
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

export type Db = ReturnType<typeof createDb>['db'];
/** A transaction, or the database itself: what use cases that may join a transaction accept. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs `work` in one transaction: the caller's when `db` already is one, else a new one. Joining costs
 * no savepoint (two statements), and a failure inside then fails the caller's whole transaction, as
 * it should for writes that commit together or not at all. A caller that must go on after such a
 * failure (store a refusal, say) opens a savepoint itself with `tx.transaction`.
 */
export function inTransaction<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return isTransaction(db) ? work(db) : db.transaction(work);
}

/** Whether `db` is a transaction (or a savepoint), not the database itself. */
export function isTransaction(db: DbOrTx): boolean {
  return db instanceof PgTransaction;
}

/**
 * The client as drizzle should see it: every statement prepared. Drizzle runs its queries through
 * postgres.js's `unsafe`, which never prepares; a statement with parameters then costs two round trips
 * (Parse and Describe, then Bind and Execute) and a parse and plan in the server every time. Prepared,
 * a statement's text is parsed once per connection and each later run is one Bind and Execute (and,
 * after a few runs, a cached plan). The statements a connection keeps are bounded by its lifetime
 * (postgres.js replaces a connection after 30 to 60 minutes); a statement whose table changed under
 * it is prepared again by postgres.js itself.
 */
function preparingStatements<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      switch (property) {
        case 'unsafe':
          return (query: string, args?: unknown[], options?: object) =>
            target.unsafe(query, args as never, { ...options, prepare: true });
        case 'begin':
        case 'savepoint':
          return (...args: unknown[]) => {
            const run = args.pop() as (inner: Sql) => unknown;
            const open = (target as unknown as Record<string, (...all: unknown[]) => unknown>)[property]!;
            return open.call(target, ...args, (inner: Sql) => run(preparingStatements(inner)));
          };
        default:
          return Reflect.get(target, property, target);
      }
    },
  });
}
