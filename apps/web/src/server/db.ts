import 'server-only';
// Every order change made with this pool also writes what partners and casting follow it with.
import '@facet/core/order-listeners';
import { createDb } from '@facet/db/client';
import { DATABASE_ROLES } from '@facet/db/roles';
import { env } from '@/env';

const globalForDb = globalThis as unknown as {
  facetDb?: ReturnType<typeof createDb>;
  facetReadDb?: ReturnType<typeof createDb>;
};

/** One pool per server process (kept across hot reloads in development). */
export function getDb() {
  globalForDb.facetDb ??= createDb(env().DATABASE_URL, {
    max: 10,
    applicationName: 'facet-web',
    role: DATABASE_ROLES.web,
  });
  return globalForDb.facetDb.db;
}

/** The read replica's pool when `DATABASE_READ_URL` is set; otherwise the primary's. */
export function getReadDb() {
  const url = env().DATABASE_READ_URL;
  if (!url) return getDb();
  globalForDb.facetReadDb ??= createDb(url, {
    max: 10,
    applicationName: 'facet-web-read',
    role: DATABASE_ROLES.web,
  });
  return globalForDb.facetReadDb.db;
}
