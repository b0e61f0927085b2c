import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '@facet/db/client';
import type { Logger } from '@facet/telemetry/logger';
import { createMetricsRegistry, type Registry } from '@facet/telemetry/metrics';
import { Redis } from 'ioredis';
import pino from 'pino';
import { authenticateHandshake } from '../authenticate';
import { createHttpRoutes } from '../http-routes';
import { createRealtimeServer } from '../server';

export interface InProcessRealtime {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The realtime server as `main.ts` runs it (Redis adapter, session handshake), on a port of its own
 * inside the calling process: for integration tests and benchmarks.
 */
export async function startInProcessRealtime(options: {
  db: Db;
  redisUrl: string;
  /** The same prefix the outbox relay's emitter uses. */
  redisPrefix: string;
  secret: string;
  port?: number;
  logger?: Logger;
  metrics?: Registry;
  metricsToken?: string;
}): Promise<InProcessRealtime> {
  const pubClient = new Redis(options.redisUrl);
  const subClient = pubClient.duplicate();
  const metrics = options.metrics ?? createMetricsRegistry({ processMetrics: false });
  const http = createServer(
    createHttpRoutes({ redisStatus: () => pubClient.status, metrics, metricsToken: options.metricsToken }),
  );
  const io = createRealtimeServer(http, {
    db: options.db,
    pubClient,
    subClient,
    adapterKey: `${options.redisPrefix}:socket.io`,
    allowedOrigins: ['http://localhost'],
    authenticate: (cookie) => authenticateHandshake(options.db, options.secret, cookie),
    logger: options.logger ?? pino({ level: 'silent' }),
    metrics,
  });
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: async () => {
      io.disconnectSockets(true);
      await io.close();
      pubClient.disconnect();
      subClient.disconnect();
    },
  };
}
