import { createServer } from 'node:http';
import { startHeartbeat } from '@facet/core/admin/start-heartbeat';
import { createDb } from '@facet/db/client';
import { DATABASE_ROLES } from '@facet/db/roles';
import { createLogger } from '@facet/telemetry/logger';
import { createMetricsRegistry } from '@facet/telemetry/metrics';
import { Redis } from 'ioredis';
import { authenticateHandshake } from './authenticate';
import { loadEnv } from './env';
import { createHttpRoutes } from './http-routes';
import { createRealtimeServer } from './server';

const env = loadEnv();
const logger = createLogger('realtime', env.LOG_LEVEL);
const metrics = createMetricsRegistry();
const { db, close: closeDb } = createDb(env.DATABASE_URL, {
  max: 5,
  applicationName: 'facet-realtime',
  role: DATABASE_ROLES.realtime,
});
const pubClient = new Redis(env.REDIS_URL);
const subClient = pubClient.duplicate();
for (const client of [pubClient, subClient]) {
  client.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
}

const http = createServer(
  createHttpRoutes({ redisStatus: () => pubClient.status, metrics, metricsToken: env.METRICS_TOKEN }),
);
const io = createRealtimeServer(http, {
  db,
  pubClient,
  subClient,
  adapterKey: `${env.REDIS_PREFIX}:socket.io`,
  allowedOrigins: env.WEB_ORIGIN.split(',').map((origin) => origin.trim()),
  authenticate: (cookie) => authenticateHandshake(db, env.NEXTAUTH_SECRET, cookie),
  logger,
  metrics,
});
const stopHeartbeat = startHeartbeat(pubClient, env.REDIS_PREFIX, 'realtime');
http.listen(env.REALTIME_PORT, () => logger.info({ port: env.REALTIME_PORT }, 'realtime ready'));

async function shutdown(signal: string) {
  logger.info({ signal }, 'realtime stopping');
  stopHeartbeat();
  await io.close();
  pubClient.disconnect();
  subClient.disconnect();
  await closeDb();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
