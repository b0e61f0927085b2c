import { startHeartbeat } from '@facet/core/admin/start-heartbeat';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import { findStalledWork } from '@facet/core/system/find-stalled-work';
import type { Db } from '@facet/db/client';
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

  const stopHeartbeat = startHeartbeat(producerConnection, options.redisPrefix, 'worker');

  return {
    queues,
    redisStatus: () => producerConnection.status,
    /** Stops taking work, lets running jobs finish, then closes every connection. */
    stop: async () => {
      stopHeartbeat();
      await Promise.all([relay.stop(), sweeper.stop()]);
      await Promise.all([...workers.map((worker) => worker.close()), webhooks.close()]);
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await mesh.close();
      for (const connection of connections) connection.disconnect();
    },
  };
}
