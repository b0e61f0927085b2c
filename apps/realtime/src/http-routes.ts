import type { RequestListener } from 'node:http';
import { type Registry, serveMetrics } from '@facet/telemetry/metrics';

export interface HttpRoutesOptions {
  /** Redis as this server sees it, for /health. */
  redisStatus: () => string;
  metrics: Registry;
  /**
   * /metrics needs `Authorization: Bearer <token>`. Browsers reach this port, so without a token
   * /metrics answers 404.
   */
  metricsToken?: string;
}

/** What the realtime server answers besides Socket.io: `/health` and `/metrics` (Prometheus). */
export function createHttpRoutes(options: HttpRoutesOptions): RequestListener {
  return (request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'ok', redis: options.redisStatus() }));
      return;
    }
    if (path === '/metrics' && request.method === 'GET') {
      void serveMetrics(request, response, options.metrics, { token: options.metricsToken });
      return;
    }
    response.writeHead(404).end();
  };
}
