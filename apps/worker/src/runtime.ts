import { startHeartbeat } from '@facet/core/admin/start-heartbeat';
import type { CanarySchedule } from '@facet/core/canary/start-canary-run';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import { findStalledWork } from '@facet/core/system/find-stalled-work';
import type { Db } from '@facet/db/client';
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
import { Emitter } from '@socket.io/redis-emitter';
import { type Processor, Worker } from 'bullmq';
import type { Logger } from 'pino';
import { createAnalyseModelProcessor } from './jobs/analyse-model';
import { createDeliverWebhookQueue, startDeliverWebhookWorker } from './jobs/deliver-webhook';
import { createMaintenanceProcessor } from './jobs/maintenance';
import { createMakePreviewProcessor } from './jobs/make-preview';
import { createPriceOrderProcessor } from './jobs/price-order';
import { withJobRunLog } from './jobs/with-job-run-log';
import { withJobTrace } from './jobs/with-job-trace';
import { createMeshPool } from './mesh/mesh-pool';

export interface WorkerRuntimeOptions {
  db: Db;
  storage: ObjectStorage;
  redisUrl: string;
  redisPrefix: string;
  concurrency: number;
  meshThreads: number;
  logger: Logger;
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

  const startWorker = (name: string, processor: Processor, concurrency: number) => {
    const worker = new Worker(name, withJobTrace(name, withJobRunLog(db, name, processor)), {
      connection: workerConnection,
      prefix: options.redisPrefix,
      concurrency,
    });
    worker.on('failed', (job, error) =>
      logger.error(
        { jobId: job?.id, queue: name, attempt: job?.attemptsMade, err: error.message },
        'job failed',
      ),
    );
    worker.on('error', (error) => logger.error({ queue: name, err: error.message }, 'worker error'));
    return worker;
  };
  const workers = [
    startWorker(QUEUES.priceOrder.name, createPriceOrderProcessor(db, logger), options.concurrency),
    startWorker(
      QUEUES.analyseModel.name,
      createAnalyseModelProcessor({ db, storage, analyseBytes: mesh.analyseBytes }, logger),
      options.meshThreads,
    ),
    startWorker(
      QUEUES.makePreview.name,
      createMakePreviewProcessor({ db, storage, previewBytes: mesh.previewBytes }, logger),
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
    wrap: (processor) =>
      withJobTrace(QUEUES.deliverWebhook.name, withJobRunLog(db, QUEUES.deliverWebhook.name, processor)),
  });

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

  return {
    queues,
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
