import { fillPlaceholders, type Query, type SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
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
 */
export function preparedRead<T extends Record<string, unknown>>(build: () => SQL): PreparedRead<T> {
  let query: Query | undefined;
  return {
    run: (db, values = {}) => {
      const session = db._.session as unknown as PostgresJsSession;
      query ??= session.dialect.sqlToQuery(build());
      const params = fillPlaceholders(query.params, values) as ParameterOrJSON<never>[];
      return session.client.unsafe<T[]>(query.sql, params, { prepare: true });
    },
  };
}
