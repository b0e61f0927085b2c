import { createServer, type Server } from 'node:http';
import { type Registry, serveMetrics } from '@facet/telemetry/metrics';

export interface HealthServerOptions {
  /** Redis as the worker sees it, for /health. */
  redisStatus: () => string;
  metrics: Registry;
  /** When set, /metrics needs `Authorization: Bearer <token>`; without it the loopback-only server serves anyone on the host. */
  metricsToken?: string;
}

/** The worker's small HTTP server (it listens on 127.0.0.1): `/health` and `/metrics` (Prometheus). */
export function createHealthServer(options: HealthServerOptions): Server {
  return createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'ok', redis: options.redisStatus() }));
      return;
    }
    if (path === '/metrics' && request.method === 'GET') {
      void serveMetrics(request, response, options.metrics, {
        token: options.metricsToken,
        openWithoutToken: true,
      });
      return;
    }
    response.writeHead(404).end();
  });
}
