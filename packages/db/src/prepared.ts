import {
  fillPlaceholders,
  getTableColumns,
  is,
  Param,
  Placeholder,
  type Query,
  type SQL,
  Table,
} from 'drizzle-orm';
import type { PgDialect, PgTable } from 'drizzle-orm/pg-core';
import type { ParameterOrJSON, Sql } from 'postgres';
import type { DbOrTx } from './client';

interface PostgresJsSession {
  client: Sql;
  dialect: PgDialect;
}

export interface PreparedRead<T extends Record<string, unknown>> {
  /** Runs the statement with a value for each of its `sql.placeholder(name)`s. */
  run: (db: DbOrTx, values?: Record<string, unknown>) => Promise<T[]>;
}

/**
 * A hot read, built and rendered to text once (the first time it runs), then run as a named prepared
 * statement with only its placeholders' values filled in: each connection parses and plans it once,
 * and no call pays for drizzle's building and rendering again (together about a fifth of a
 * millisecond-long read, and most of its garbage). Drizzle prepares only its own query builders, so
 * `db.execute` would do both on every call. The values go where `build` put `sql.placeholder(name)`.
 *
 * It is sent as it is called, not when it is first awaited: of statements sent together on one
 * connection, one run with it is queued before any called after it (a lock before the read it guards).
 */
export function preparedRead<T extends Record<string, unknown>>(build: () => SQL): PreparedRead<T> {
  let query: Query | undefined;
  return {
    run: (db, values = {}) => {
      const session = db._.session as unknown as PostgresJsSession;
      query ??= session.dialect.sqlToQuery(build());
      const params = fillPlaceholders(query.params, values) as ParameterOrJSON<never>[];
      return session.client.unsafe<T[]>(query.sql, params, { prepare: true }).execute();
    },
  };
}

/** What drizzle's query builders (select, insert, update, delete) offer to prepare. */
interface Preparable<Result> {
  prepare(name: string): PreparedTemplate<Result>;
}

interface PreparedTemplate<Result> {
  execute(values?: Record<string, unknown>): Promise<Result>;
}

export interface PreparedQuery<Result> {
  /** Runs the statement on `db` (the database or a transaction) with a value for each placeholder. */
  run: (db: DbOrTx, values?: Record<string, unknown>) => Promise<Result>;
}

/**
 * A hot statement written with drizzle's builders, its values left as `sql.placeholder(name)`: built
 * and rendered once (the first time it runs), then run on any connection or transaction with only its
 * values filled in, its rows mapped as drizzle maps them. Building and rendering a statement is most
 * of drizzle's cost in a request (about a sixth of the partner API's CPU per order, see README: Where a
 * partner order's time goes); drizzle's own `prepare` would tie the statement to one connection.
 *
 * Two things drizzle does per build would be frozen into the template, so they are refused or kept:
 * a column's `$defaultFn`/`$onUpdate` left out of an insert or update (it would run once: every row the
 * same id or time), and a null value (stored as SQL NULL, as drizzle's unprepared statements do, not
 * as the column's encoding of null, which for `jsonb` is JSON's `null`). An upsert's `onConflictDoUpdate`
 * set is not checked: write such a column there as `excluded.<column>`.
 */
export function preparedQuery<Result>(
  name: string,
  build: (db: DbOrTx) => Preparable<Result>,
): PreparedQuery<Result> {
  let template: PreparedTemplate<Result> | undefined;
  return {
    // Async, so that a statement refused as it is built is a rejection like any failure of a query.
    run: async (db, values = {}) => {
      template ??= templateOf(name, build(db));
      const session = db._.session as unknown as PostgresJsSession;
      const onThisConnection = Object.create(template, { client: { value: session.client } });
      return (onThisConnection as PreparedTemplate<Result>).execute(values);
    },
  };
}

function templateOf<Result>(name: string, builder: Preparable<Result>): PreparedTemplate<Result> {
  refuseFrozenDefaults(name, builder);
  const template = builder.prepare(name) as PreparedTemplate<Result> & { params: unknown[] };
  template.params = template.params.map((param) =>
    is(param, Param) && is(param.value, Placeholder)
      ? new Param(param.value, {
          mapToDriverValue: (value: unknown) =>
            value === null ? null : param.encoder.mapToDriverValue(value),
        })
      : param,
  );
  return template;
}

function refuseFrozenDefaults(name: string, builder: unknown): void {
  const config = (builder as { config?: { table?: Table; values?: unknown; set?: Record<string, unknown> } })
    .config;
  // Only an insert (`values`) or an update (`set`) of a table fills columns in.
  if (!config?.table || !is(config.table, Table) || !(config.values || config.set)) return;
  const written = Array.isArray(config.values)
    ? (config.values as Array<Record<string, unknown>>)
    : config.set
      ? [config.set]
      : [];
  const missing = (value: unknown) => value === undefined || (is(value, Param) && value.value === undefined);
  for (const [key, column] of Object.entries(getTableColumns(config.table))) {
    // As drizzle's dialect decides: an insert runs the $defaultFn, or $onUpdate when there is no default.
    const computed = config.set
      ? column.onUpdateFn
      : (column.defaultFn ?? (column.default === undefined ? column.onUpdateFn : undefined));
    if (computed && written.some((row) => missing(row[key]))) {
      throw new Error(
        `Prepared statement ${name} leaves ${key} to its $defaultFn/$onUpdate, which would run once for every run: give it a placeholder`,
      );
    }
  }
}

/**
 * `{ key: sql.placeholder(key + suffix) }` for each of `keys`: the values of a prepared insert (the
 * suffix tells the rows of a many-row insert apart).
 */
export function placeholdersFor<T extends Table, K extends keyof T['$inferInsert'] & string>(
  _table: T,
  keys: readonly K[],
  suffix = '',
): Record<K, Placeholder<string>> {
  return Object.fromEntries(keys.map((key) => [key, new Placeholder(`${key}${suffix}`)])) as Record<
    K,
    Placeholder<string>
  >;
}

export interface PreparedRowsInsert<T extends PgTable, K extends string> {
  /** Inserts `rows` (each with a value, or null, for every column named) and answers them as stored. */
  run: (db: DbOrTx, rows: ReadonlyArray<Record<K, unknown>>) => Promise<Array<T['$inferSelect']>>;
}

/**
 * An insert of several rows into `table`, each giving `keys`, built once for each number of rows (a
 * statement's text depends on it): for inserts whose row count is small and bounded (an order's
 * items). Otherwise as preparedQuery.
 */
export function preparedRowsInsert<T extends PgTable, K extends keyof T['$inferInsert'] & string>(
  name: string,
  table: T,
  keys: readonly K[],
): PreparedRowsInsert<T, K> {
  const byCount = new Map<number, PreparedQuery<Array<T['$inferSelect']>>>();
  return {
    run: (db, rows) => {
      let statement = byCount.get(rows.length);
      if (!statement) {
        statement = preparedQuery(
          `${name}_${rows.length}`,
          (d) =>
            d
              .insert(table)
              .values(rows.map((_, index) => placeholdersFor(table, keys, `_${index}`)) as never)
              .returning() as unknown as Preparable<Array<T['$inferSelect']>>,
        );
        byCount.set(rows.length, statement);
      }
      const values: Record<string, unknown> = {};
      rows.forEach((row, index) => {
        for (const key of keys) values[`${key}_${index}`] = row[key] ?? null;
      });
      return statement.run(db, values);
    },
  };
}
