import type { SQL } from 'drizzle-orm';
import type { PgDialect } from 'drizzle-orm/pg-core';
import type { ParameterOrJSON, Sql } from 'postgres';
import type { DbOrTx } from './client';

interface PostgresJsSession {
  client: Sql;
  dialect: PgDialect;
}

/**
 * Runs a hot read as a named prepared statement: each connection parses and plans it once, then only
 * binds and executes. Drizzle prepares only its own query builders, so `db.execute` would plan the
 * statement again on every call (about half of a millisecond-long read). Only for statements whose
 * text takes a handful of shapes: postgres.js keeps every prepared text for the life of a connection.
 */
export async function executePrepared<T extends Record<string, unknown>>(
  db: DbOrTx,
  query: SQL,
): Promise<T[]> {
  const session = db._.session as unknown as PostgresJsSession;
  const { sql: text, params } = session.dialect.sqlToQuery(query);
  return session.client.unsafe<T[]>(text, params as ParameterOrJSON<never>[], { prepare: true });
}
