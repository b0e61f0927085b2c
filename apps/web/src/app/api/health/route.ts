import { pingDatabase } from '@facet/core/system/ping-database';
import { getDb } from '@/server/db';
import { observeRoute } from '@/server/observability/observe-route';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the dev runner. */
export const GET = observeRoute(
  '/api/health',
  async () => {
    if (await pingDatabase(getDb())) return Response.json({ status: 'ok' });
    return Response.json({ status: 'degraded', postgres: 'unreachable' }, { status: 503 });
  },
  { quiet: true },
);
