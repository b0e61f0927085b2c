import 'server-only';
// Every order change made with this pool also writes what partners and casting follow it with.
import '@facet/core/order-listeners';
import { createDb } from '@facet/db/client';
import { DATABASE_ROLES } from '@facet/db/roles';
import { env } from '@/env';

let handle: ReturnType<typeof createDb> | undefined;

/**
 * The partner API's own connection pool: partner traffic waits for these connections only, so a
 * burst from partners can never take the connections the shop, the CRM and the console use.
 */
export function getPartnerDb() {
  handle ??= createDb(env().DATABASE_URL, {
    max: env().PARTNER_DB_POOL_MAX,
    applicationName: 'facet-partner-api',
    role: DATABASE_ROLES.partnerApi,
  });
  return handle.db;
}
