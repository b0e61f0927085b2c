import 'server-only';
import { createLogger, type Logger } from '@facet/telemetry/logger';
import { processMetricsRegistry } from '@facet/telemetry/metrics';
import { unstable_rethrow } from 'next/navigation';
import { env } from '@/env';
import { notServedHere, servesPath } from '../process-role';
import { createRouteObserver } from './route-observer';

let logger: Logger | undefined;

/** The web app's logger (JSON lines on stdout at LOG_LEVEL), made on first use, not at build time. */
export function webLogger(): Logger {
  logger ??= createLogger('web', env().LOG_LEVEL);
  return logger;
}

/**
 * Wraps an API route handler: request id, one closing log line, the HTTP latency histogram.
 * `export const GET = observeRoute('/api/files', async (request, context, scope) => …)`.
 */
export const observeRoute = createRouteObserver({
  logger: webLogger,
  registry: processMetricsRegistry,
  rethrow: unstable_rethrow,
  refuse: (route, requestId, request) => {
    const role = env().FACET_ROLE;
    return servesPath(role, route) ? null : notServedHere(role, request, requestId);
  },
});
