import { pingDatabase } from '@facet/core/system/ping-database';
import { getDb } from '@/server/db';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the dev runner. */
export async function GET() {
  if (await pingDatabase(getDb())) return Response.json({ status: 'ok' });
  return Response.json({ status: 'degraded', postgres: 'unreachable' }, { status: 503 });
}
