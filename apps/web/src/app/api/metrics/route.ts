import { checkMetricsAccess, processMetricsRegistry } from '@facet/telemetry/metrics';
import { env } from '@/env';
import { observeRoute } from '@/server/observability/observe-route';
import { problem } from '@/server/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Prometheus metrics of this web process (text format). Only with `Authorization: Bearer
 * $METRICS_TOKEN`; without METRICS_TOKEN configured the route does not exist (404), so nothing leaks
 * to the public internet by default.
 */
export const GET = observeRoute(
  '/api/metrics',
  async (request) => {
    const access = checkMetricsAccess(request.headers.get('authorization'), env().METRICS_TOKEN);
    if (access === 'disabled') return problem(404, 'not found', 'There is nothing here.');
    if (access === 'unauthorized') {
      const refusal = problem(401, 'unauthenticated', 'Send the metrics token as a bearer token.');
      refusal.headers.set('www-authenticate', 'Bearer realm="metrics"');
      return refusal;
    }
    const registry = processMetricsRegistry();
    return new Response(await registry.metrics(), {
      headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
    });
  },
  { quiet: true },
);
