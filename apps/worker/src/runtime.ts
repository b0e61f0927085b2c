// Order changes made by jobs also write what partners and casting follow them with.
import '@facet/core/order-listeners';
import { startHeartbeat } from '@facet/core/admin/start-heartbeat';
import type { CanarySchedule } from '@facet/core/canary/start-canary-run';
import type { WebhookAllowList } from '@facet/core/partners/webhook-target';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import { DEFAULT_RETENTION, type Retention } from '@facet/core/system/prune-old-records';
import type { Db } from '@facet/db/client';
import { logOrderStatusChange } from '@facet/jobs/log-order-status-change';
import {
  type MaintenanceSchedule,
  restoreMaintenanceSchedules,
  scheduleMaintenance,
  unscheduleMaintenance,
} from '@facet/jobs/maintenance-schedules';
import { startOutboxRelay } from '@facet/jobs/outbox-relay';
import { withPartnerCap } from '@facet/jobs/partner-lanes';
import { createOutboxPublisher } from '@facet/jobs/publish-outbox';
import { createQueue, QUEUES } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import type { Logger } from '@facet/telemetry/logger';
import { createMetricsRegistry, type Registry } from '@facet/telemetry/metrics';
import { Emitter } from '@socket.io/redis-emitter';
import { type Processor, type Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAnalyseModelProcessor } from './jobs/analyse-model';
import { createDeliverWebhookQueue, startDeliverWebhookWorker } from './jobs/deliver-webhook';
import { createMaintenanceProcessor } from './jobs/maintenance';
import { createMakePreviewProcessor } from './jobs/make-preview';
import { createPriceOrderProcessor } from './jobs/price-order';
import { createSandboxAdvanceProcessor } from './jobs/sandbox-advance';
import { type JobHandler, withJobLog } from './jobs/with-job-log';
import { withJobRunLog } from './jobs/with-job-run-log';
import { withJobTrace } from './jobs/with-job-trace';
import { createMeshPool } from './mesh/mesh-pool';
import { createWorkerMetrics, registerSystemGauges } from './metrics';
import type { WorkerRole } from './worker-role';

export interface WorkerRuntimeOptions {
  /** The work this process takes (default 'all'). */
  role?: WorkerRole;
  db: Db;
  storage: ObjectStorage;
  redisUrl: string;
  redisPrefix: string;
  concurrency: number;
  meshThreads: number;
  /** The partner channel (README: Isolation): its mesh threads, their nice value, jobs at once, cap per partner. */
  partner?: PartnerChannelOptions;
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
  /** How often stalled work and overdue webhook deliveries are re-driven (default every minute). */
  redriveWebhooksEveryMs?: number;
  /** How often old records are pruned, and how long each kind is kept (README: Retention). */
  pruneEveryMs?: number;
  retention?: Retention;
  /** Non-public networks webhooks may reach (WEBHOOK_ALLOWED_NETWORKS); public addresses only without. */
  webhookAllowList?: WebhookAllowList;
  /** How long a sandbox order rests in each status before it moves on by itself (default 2 s). */
  sandboxStepDelayMs?: number;
}

export interface PartnerChannelOptions {
  /** Mesh threads for partners' models, apart from the shop's (default 1). */
  meshThreads: number;
  /** Their nice value: they yield the CPU to everything else on the machine (default 10). */
  niceness: number;
  /** Jobs at once per partner queue in this process (default 2). */
  concurrency: number;
  /** Jobs of one partner running at once per partner queue, across the cluster (default 1). */
  capPerPartner: number;
}

/**
 * The nice value of the shop's preview thread (the partners' threads have their own): the lowest,
 * since at 10 a preview still took about a tenth of each core from the analysis after it.
 */
export const PREVIEW_NICENESS = 19;

export const DEFAULT_PARTNER_CHANNEL: PartnerChannelOptions = {
  meshThreads: 1,
  niceness: 10,
  concurrency: 2,
  capPerPartner: 1,
};

/** Everything the worker process runs: the outbox relay and one BullMQ worker per queue. */
export function startWorkerRuntime(options: WorkerRuntimeOptions) {
  const { db, storage, logger } = options;
  const partner = options.partner ?? DEFAULT_PARTNER_CHANNEL;
  const role = options.role ?? 'all';
  const takesSiteWork = role !== 'partner';
  const takesPartnerWork = role !== 'site';
  const registry = options.metrics ?? createMetricsRegistry({ processMetrics: false });
  const metrics = createWorkerMetrics(registry);
  const mesh = createMeshPool(options.meshThreads, undefined, { minThreads: takesSiteWork ? 1 : 0 });
  // The shop's previews in a thread of their own that yields the CPU: a preview already running
  // when a shopper uploads does not slow the analysis the shopper's price waits for. (A partner's
  // previews share the partner's niced thread, where the pool lets analyses go first.)
  const previewMesh = createMeshPool(1, undefined, { niceness: PREVIEW_NICENESS, minThreads: 0 });
  // Started on the first partner model, so a worker without partners keeps no idle thread for them.
  const partnerMesh = createMeshPool(partner.meshThreads, undefined, {
    niceness: partner.niceness,
    minThreads: 0,
  });
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
    partnerPriceOrder: createQueue('partnerPriceOrder', queueSettings),
    partnerAnalyseModel: createQueue('partnerAnalyseModel', queueSettings),
    partnerMakePreview: createQueue('partnerMakePreview', queueSettings),
    deliverWebhook: createDeliverWebhookQueue(queueSettings),
    sandboxAdvance: createQueue('sandboxAdvance', queueSettings),
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
  const startWorker = (
    name: string,
    handler: JobHandler,
    concurrency: number,
    outer: (processor: Processor) => Processor = (processor) => processor,
  ) =>
    watch(
      name,
      new Worker(name, outer(wrap(name, handler)), {
        connection: workerConnection,
        prefix: options.redisPrefix,
        concurrency,
      }),
    );
  const lanes = { redis: producerConnection, prefix: options.redisPrefix };
  // Taken past its partner's cap, a job goes back before it is logged or recorded as an attempt.
  const startPartnerWorker = (name: string, handler: JobHandler) =>
    startWorker(name, handler, partner.concurrency, (processor) =>
      withPartnerCap({ ...lanes, queueName: name, cap: partner.capPerPartner }, processor),
    );
  const siteWorkers = () => [
    startWorker(QUEUES.priceOrder.name, createPriceOrderProcessor(db), options.concurrency),
    startWorker(
      QUEUES.analyseModel.name,
      createAnalyseModelProcessor({ db, storage, analyseBytes: mesh.analyseBytes }),
      options.meshThreads,
    ),
    startWorker(
      QUEUES.makePreview.name,
      createMakePreviewProcessor({ db, storage, previewBytes: previewMesh.previewBytes }),
      1,
    ),
    // One tick at a time per process; ticks are short, and each is one job for the whole cluster.
    startWorker(
      QUEUES.maintenance.name,
      createMaintenanceProcessor(
        {
          db,
          storage,
          canary: options.canary ?? null,
          queues,
          lanes,
          stalledAfterMs: options.stalledAfterMs ?? 60_000,
          retention: options.retention ?? DEFAULT_RETENTION,
        },
        logger,
      ),
      1,
    ),
  ];
  const partnerWorkers = () => [
    startPartnerWorker(QUEUES.partnerPriceOrder.name, createPriceOrderProcessor(db)),
    startPartnerWorker(
      QUEUES.partnerAnalyseModel.name,
      createAnalyseModelProcessor({ db, storage, analyseBytes: partnerMesh.analyseBytes }),
    ),
    startPartnerWorker(
      QUEUES.partnerMakePreview.name,
      createMakePreviewProcessor({ db, storage, previewBytes: partnerMesh.previewBytes }),
    ),
    startWorker(QUEUES.sandboxAdvance.name, createSandboxAdvanceProcessor(db), options.concurrency),
    watch(
      QUEUES.deliverWebhook.name,
      startDeliverWebhookWorker({
        db,
        connection: workerConnection,
        prefix: options.redisPrefix,
        concurrency: options.concurrency,
        allowList: options.webhookAllowList ?? [],
        metrics,
        wrap: (handler) => wrap(QUEUES.deliverWebhook.name, handler),
      }),
    ),
  ];
  const workers = [...(takesSiteWork ? siteWorkers() : []), ...(takesPartnerWork ? partnerWorkers() : [])];

  // The relay and the periodic tasks go with the site's work: a partner-only process takes jobs only.
  const relay = takesSiteWork
    ? startOutboxRelay(
        db,
        createOutboxPublisher({
          queues,
          emitter: new Emitter(emitterRedis, { key: `${options.redisPrefix}:socket.io` }),
          emitterRedis,
          lanes,
          sandboxStepDelayMs: options.sandboxStepDelayMs,
        }),
        {
          intervalMs: options.relayIntervalMs,
          onError: (error) => logger.error({ err: String(error) }, 'outbox relay error'),
          onPublished: (message) => logOrderStatusChange(logger, message),
        },
      )
    : null;

  const stopSchedules = takesSiteWork
    ? keepMaintenanceScheduled(queues.maintenance, producerConnection, options, logger)
    : null;

  const stopHeartbeat = startHeartbeat(producerConnection, options.redisPrefix, 'worker');

  registerSystemGauges(registry, {
    db,
    queues: Object.values(queues),
    onError: (source, error) => logger.warn({ source, err: String(error) }, 'metrics source unreadable'),
  });

  return {
    queues,
    /** The queues whose jobs this process runs, and whether it relays the outbox and schedules the periodic tasks. */
    takes: workers.map((worker) => worker.name),
    relays: relay !== null,
    metrics: registry,
    redisStatus: () => producerConnection.status,
    /** Stops taking work, lets running jobs finish, then closes every connection. */
    stop: async () => {
      stopHeartbeat();
      await Promise.all([relay?.stop(), stopSchedules?.()]);
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await Promise.all([mesh.close(), previewMesh.close(), partnerMesh.close()]);
      for (const connection of connections) connection.disconnect();
    },
  };
}

/**
 * Every periodic task is a job scheduler on the maintenance queue: one tick runs once in the cluster.
 * At start this process's settings win (an interval changed, the canary switched off). After a
 * reconnect, the schedulers a Redis restarted without persistence lost are put back. Returns how to
 * stop: no more restoring, and the scheduling under way finished.
 */
function keepMaintenanceScheduled(
  queue: Queue,
  connection: Redis,
  options: WorkerRuntimeOptions,
  logger: Logger,
): () => Promise<void> {
  const schedules: MaintenanceSchedule[] = [
    { task: 'sweep-stalled', everyMs: options.sweepEveryMs ?? 30_000 },
    { task: 'redrive-webhooks', everyMs: options.redriveWebhooksEveryMs ?? 60_000 },
    { task: 'prune-old-records', everyMs: options.pruneEveryMs ?? 3600_000 },
    { task: 'sla-watchdog', everyMs: options.slaWatchdogEveryMs ?? 60_000 },
  ];
  if (options.canary) {
    schedules.push(
      { task: 'canary', everyMs: options.canary.everyMs },
      { task: 'canary-check', everyMs: options.canary.checkEveryMs ?? 10_000 },
    );
  }
  const failed = (error: unknown) => logger.error({ err: String(error) }, 'maintenance scheduling error');
  let scheduled: Promise<void> = (async () => {
    await scheduleMaintenance(queue, schedules);
    if (!options.canary) await unscheduleMaintenance(queue, ['canary', 'canary-check']);
  })().catch(failed);
  const restoreSchedules = () => {
    scheduled = scheduled
      .then(() => restoreMaintenanceSchedules(queue, schedules))
      .then((restored) => {
        if (restored.length > 0)
          logger.warn({ restored }, 'maintenance schedules put back (Redis had lost them)');
      })
      .catch(failed);
  };
  connection.on('ready', restoreSchedules);
  return async () => {
    connection.off('ready', restoreSchedules);
    await scheduled;
  };
}
