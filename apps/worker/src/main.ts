import { createStorage } from '@facet/core/storage/create-storage';
import { lowerProcessPriority } from '@facet/core/system/process-priority';
import { createDb } from '@facet/db/client';
import { DATABASE_ROLES } from '@facet/db/roles';
import { createRedis } from '@facet/jobs/redis';
import { assertRedisKeepsQueues } from '@facet/jobs/redis-policy';
import { createLogger } from '@facet/telemetry/logger';
import { createMetricsRegistry } from '@facet/telemetry/metrics';
import { startTracing } from '@facet/telemetry/tracing';
import { loadEnv, retentionOf } from './env';
import { createHealthServer } from './health-server';
import { isDroppedRedisCommand } from './redis-rejections';
import { startWorkerRuntime } from './runtime';

const env = loadEnv();
// Before any thread of the runtime is made, so that every one of them takes the partner process's priority.
if (env.WORKER_ROLE === 'partner' && env.PARTNER_WORKER_NICE > 0)
  lowerProcessPriority(env.PARTNER_WORKER_NICE);
startTracing({ serviceName: 'facet-worker', otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT });
const logger = createLogger('worker', env.LOG_LEVEL);
process.on('unhandledRejection', (reason) => {
  if (isDroppedRedisCommand(reason)) {
    logger.warn({ err: String(reason) }, 'a Redis command dropped by a lost connection; its work is retried');
    return;
  }
  logger.fatal({ err: reason instanceof Error ? reason.stack : String(reason) }, 'unhandled rejection');
  process.exit(1);
});
const startupRedis = createRedis(env.REDIS_URL, 'worker');
await assertRedisKeepsQueues(startupRedis).finally(() => startupRedis.disconnect());
const { db, close: closeDb } = createDb(env.DATABASE_URL, {
  max: 10,
  applicationName: 'facet-worker',
  role: DATABASE_ROLES.worker,
});
const runtime = startWorkerRuntime({
  role: env.WORKER_ROLE,
  db,
  storage: createStorage(env),
  redisUrl: env.REDIS_URL,
  redisPrefix: env.REDIS_PREFIX,
  concurrency: env.WORKER_CONCURRENCY,
  meshThreads: env.MESH_THREADS,
  partner: {
    meshThreads: env.PARTNER_MESH_THREADS,
    niceness: env.PARTNER_MESH_NICE,
    concurrency: env.PARTNER_WORKER_CONCURRENCY,
    capPerPartner: env.PARTNER_JOB_CAP,
  },
  sweepEveryMs: env.SWEEP_INTERVAL_S * 1000,
  stalledAfterMs: env.STALLED_AFTER_S * 1000,
  logger,
  metrics: createMetricsRegistry(),
  slaWatchdogEveryMs: env.SLA_WATCHDOG_EVERY_S * 1000,
  pruneEveryMs: env.PRUNE_EVERY_S * 1000,
  retention: retentionOf(env),
  webhookAllowList: env.WEBHOOK_ALLOWED_NETWORKS,
  canary: env.CANARY_ENABLED
    ? { everyMs: env.CANARY_EVERY_S * 1000, deadlineMs: env.CANARY_DEADLINE_S * 1000 }
    : null,
});

const health = createHealthServer({
  redisStatus: runtime.redisStatus,
  metrics: runtime.metrics,
  metricsToken: env.METRICS_TOKEN,
});
health.listen(env.WORKER_HEALTH_PORT, env.WORKER_HEALTH_HOST, () =>
  logger.info(
    { host: env.WORKER_HEALTH_HOST, port: env.WORKER_HEALTH_PORT, role: env.WORKER_ROLE },
    'worker ready',
  ),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping: finishing current jobs');
  health.close();
  await runtime.stop();
  await closeDb();
  logger.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
