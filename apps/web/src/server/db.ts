import 'server-only';
import { createDb } from '@facet/db/client';
import { env } from '@/env';

const globalForDb = globalThis as unknown as { facetDb?: ReturnType<typeof createDb> };

/** One pool per server process (kept across hot reloads in development). */
export function getDb() {
  globalForDb.facetDb ??= createDb(env().DATABASE_URL, { max: 10, applicationName: 'facet-web' });
  return globalForDb.facetDb.db;
}
