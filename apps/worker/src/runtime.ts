import { startHeartbeat } from '@facet/core/admin/start-heartbeat';
import type { CanarySchedule } from '@facet/core/canary/start-canary-run';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import { findStalledWork } from '@facet/core/system/find-stalled-work';
import type { Db } from '@facet/db/client';
import { logOrderStatusChange } from '@facet/jobs/log-order-status-change';
import {
  type MaintenanceSchedule,
  restoreMaintenanceSchedules,
  scheduleMaintenance,
  unscheduleMaintenance,
} from '@facet/jobs/maintenance-schedules';
import { startOutboxRelay } from '@facet/jobs/outbox-relay';
import { createOutboxPublisher } from '@facet/jobs/publish-outbox';
import { createQueue, QUEUES } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import { runEvery } from '@facet/jobs/run-every';
import { requeueStalledWork } from '@facet/jobs/sweep-stalled-work';
import type { Logger } from '@facet/telemetry/logger';
import { createMetricsRegistry, type Registry } from '@facet/telemetry/metrics';
import { Emitter } from '@socket.io/redis-emitter';
import { Worker } from 'bullmq';
import { createAnalyseModelProcessor } from './jobs/analyse-model';
import { createDeliverWebhookQueue, startDeliverWebhookWorker } from './jobs/deliver-webhook';
import { createMaintenanceProcessor } from './jobs/maintenance';
import { createMakePreviewProcessor } from './jobs/make-preview';
import { createPriceOrderProcessor } from './jobs/price-order';
import { type JobHandler, withJobLog } from './jobs/with-job-log';
import { withJobRunLog } from './jobs/with-job-run-log';
import { withJobTrace } from './jobs/with-job-trace';
import { createMeshPool } from './mesh/mesh-pool';
import { createWorkerMetrics, registerSystemGauges } from './metrics';

export interface WorkerRuntimeOptions {
  db: Db;
  storage: ObjectStorage;
  redisUrl: string;
  redisPrefix: string;
  concurrency: number;
  meshThreads: number;
  logger: Logger;
  /** Where the worker's metrics go (served on the health server's /metrics); by default one of its own. */
  metrics?: Registry;
  /** How often the outbox relay looks for new rows when idle. */
  relayIntervalMs?: number;
  /** How often the sweeper looks for stalled work, and how late work must be to count. */
  sweepEveryMs?: number;
  stalledAfterMs?: number;
  /** How often the SLA watchdog looks for orders stuck past their status's limit (default every minute). */
  slaWatchdogEveryMs?: number;
  /**
   * The canary, when wanted (off without it): how often one starts, how long it has to reach the pool,
   * and how often the canaries on their way are checked (default every 10 s).
   */
  canary?: (CanarySchedule & { checkEveryMs?: number }) | null;
  /** How often the maintenance schedulers are looked for, to put back those a wiped Redis lost. */
  scheduleCheckEveryMs?: number;
}

/** Everything the worker process runs: the outbox relay and one BullMQ worker per queue. */
export function startWorkerRuntime(options: WorkerRuntimeOptions) {
  const { db, storage, logger } = options;
  const registry = options.metrics ?? createMetricsRegistry({ processMetrics: false });
  const metrics = createWorkerMetrics(registry);
  const mesh = createMeshPool(options.meshThreads);
  const workerConnection = createRedis(options.redisUrl, 'worker');
  const producerConnection = createRedis(options.redisUrl, 'producer');
  const emitterRedis = createRedis(options.redisUrl, 'producer');
  const connections = [workerConnection, producerConnection, emitterRedis];
  for (const connection of connections) {
    connection.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
  }
  const queueSettings = { connection: producerConnection, prefix: options.redisPrefix };
  const queues = {
    priceOrder: createQueue('priceOrder', queueSettings),
    analyseModel: createQueue('analyseModel', queueSettings),
    makePreview: createQueue('makePreview', queueSettings),
    deliverWebhook: createDeliverWebhookQueue(queueSettings),
    maintenance: createQueue('maintenance', queueSettings),
  };

  /** Every queue's jobs run inside their trace, with their attempt kept in Postgres and their own log lines. */
  const wrap = (name: string, handler: JobHandler) =>
    withJobTrace(name, withJobRunLog(db, name, withJobLog(name, logger, metrics, handler)));
  const watch = (name: string, worker: Worker) => {
    // Failed attempts are logged by withJobLog; a stalled job never reached it.
    worker.on('stalled', (jobId) => logger.warn({ queue: name, jobId }, 'job stalled; it will run again'));
    worker.on('error', (error) => logger.error({ queue: name, err: error.message }, 'worker error'));
    return worker;
  };
  const startWorker = (name: string, handler: JobHandler, concurrency: number) =>
    watch(
      name,
      new Worker(name, wrap(name, handler), {
        connection: workerConnection,
        prefix: options.redisPrefix,
        concurrency,
      }),
    );
  const workers = [
    startWorker(QUEUES.priceOrder.name, createPriceOrderProcessor(db), options.concurrency),
    startWorker(
      QUEUES.analyseModel.name,
      createAnalyseModelProcessor({ db, storage, analyseBytes: mesh.analyseBytes }),
      options.meshThreads,
    ),
    startWorker(
      QUEUES.makePreview.name,
      createMakePreviewProcessor({ db, storage, previewBytes: mesh.previewBytes }),
      options.meshThreads,
    ),
    // One tick at a time per process; ticks are short, and each is one job for the whole cluster.
    startWorker(
      QUEUES.maintenance.name,
      createMaintenanceProcessor({ db, storage, canary: options.canary ?? null }, logger),
      1,
    ),
  ];

  const webhooks = startDeliverWebhookWorker({
    db,
    queue: queues.deliverWebhook,
    connection: workerConnection,
    prefix: options.redisPrefix,
    concurrency: options.concurrency,
    logger,
    metrics,
    wrap: (handler) => wrap(QUEUES.deliverWebhook.name, handler),
  });
  watch(QUEUES.deliverWebhook.name, webhooks.worker);

  const relay = startOutboxRelay(
    db,
    createOutboxPublisher({
      queues,
      emitter: new Emitter(emitterRedis, { key: `${options.redisPrefix}:socket.io` }),
      emitterRedis,
    }),
    {
      intervalMs: options.relayIntervalMs,
      onError: (error) => logger.error({ err: String(error) }, 'outbox relay error'),
      onPublished: (message) => logOrderStatusChange(logger, message),
    },
  );

  const sweeper = runEvery(
    options.sweepEveryMs ?? 30_000,
    async () => {
      const work = await findStalledWork(db, { olderThanMs: options.stalledAfterMs ?? 60_000 });
      const requeued = await requeueStalledWork(queues, work);
      if (requeued > 0) logger.warn({ requeued, ...work }, 'stalled work put back on the queues');
    },
    (error) => logger.error({ err: String(error) }, 'sweeper error'),
  );

  const schedules: MaintenanceSchedule[] = [
    { task: 'sla-watchdog', everyMs: options.slaWatchdogEveryMs ?? 60_000 },
  ];
  if (options.canary) {
    schedules.push(
      { task: 'canary', everyMs: options.canary.everyMs },
      { task: 'canary-check', everyMs: options.canary.checkEveryMs ?? 10_000 },
    );
  }
  let scheduled = false;
  const scheduleKeeper = runEvery(
    options.scheduleCheckEveryMs ?? 60_000,
    async () => {
      if (!scheduled) {
        // At start: this process's settings win (an interval changed, the canary switched off).
        await scheduleMaintenance(queues.maintenance, schedules);
        if (!options.canary) await unscheduleMaintenance(queues.maintenance, ['canary', 'canary-check']);
        scheduled = true;
        return;
      }
      const restored = await restoreMaintenanceSchedules(queues.maintenance, schedules);
      if (restored.length > 0)
        logger.warn({ restored }, 'maintenance schedules put back (Redis had lost them)');
    },
    (error) => logger.error({ err: String(error) }, 'maintenance scheduling error'),
  );

  const stopHeartbeat = startHeartbeat(producerConnection, options.redisPrefix, 'worker');

  registerSystemGauges(registry, {
    db,
    queues: Object.values(queues),
    onError: (source, error) => logger.warn({ source, err: String(error) }, 'metrics source unreadable'),
  });

  return {
    queues,
    metrics: registry,
    redisStatus: () => producerConnection.status,
    /** Stops taking work, lets running jobs finish, then closes every connection. */
    stop: async () => {
      stopHeartbeat();
      await Promise.all([relay.stop(), sweeper.stop(), scheduleKeeper.stop()]);
      await Promise.all([...workers.map((worker) => worker.close()), webhooks.close()]);
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await mesh.close();
      for (const connection of connections) connection.disconnect();
    },
  };
}
