import { attemptWebhookDelivery } from '@facet/core/partners/attempt-webhook-delivery';
import { findOverdueWebhookDeliveries } from '@facet/core/partners/find-overdue-webhook-deliveries';
import { WEBHOOK_MAX_ATTEMPTS } from '@facet/core/partners/webhook-retry-schedule';
import type { Db } from '@facet/db/client';
import { enqueue, QUEUES, type QueueSettings } from '@facet/jobs/queues';
import type { Logger } from '@facet/telemetry/logger';
import { type ConnectionOptions, type DefaultJobOptions, type Processor, Queue, Worker } from 'bullmq';
import type { WorkerMetrics } from '../metrics';
import type { JobHandler } from './with-job-log';

/**
 * Webhook jobs: one attempt per run. The database decides (attempt count, next time, give up) and
 * keeps the log; BullMQ only waits the delay the attempt chose. Jobs leave Redis when done, so a
 * replay can enqueue the same id again, and a job lost with Redis is re-driven from Postgres.
 */
export const WEBHOOK_JOB_OPTIONS: DefaultJobOptions = {
  attempts: WEBHOOK_MAX_ATTEMPTS + 2,
  backoff: { type: 'webhook-schedule' },
  removeOnComplete: true,
  removeOnFail: true,
};
const REDRIVE_EVERY_MS = 60_000;
/** A pending delivery this late was lost from Redis (or never enqueued): enqueue it again. */
const REDRIVE_GRACE_MS = 5 * 60_000;

/** Thrown after a failed attempt that will be retried; carries the delay the schedule chose. */
class WebhookRetryError extends Error {
  override readonly name = 'WebhookRetryError';
  constructor(
    message: string,
    readonly retryInMs: number,
  ) {
    super(message);
  }
}

/** BullMQ's custom back-off: the delay the failed attempt recorded (duck-typed across bundles). */
function scheduledDelay(_attemptsMade: number, _type?: string, error?: Error): number {
  const retryInMs = (error as { retryInMs?: unknown } | undefined)?.retryInMs;
  return typeof retryInMs === 'number' ? retryInMs : 60_000;
}

export function createDeliverWebhookQueue(settings: QueueSettings): Queue {
  return new Queue(QUEUES.deliverWebhook.name, {
    connection: settings.connection,
    prefix: settings.prefix ?? 'facet',
    defaultJobOptions: WEBHOOK_JOB_OPTIONS,
  });
}

/** One attempt of a delivery; a failed one counts in `facet_webhook_delivery_failures_total`. */
export function createDeliverWebhookProcessor(
  db: Db,
  metrics: Pick<WorkerMetrics, 'webhookFailures'>,
): JobHandler {
  return async (job) => {
    const { deliveryId } = QUEUES.deliverWebhook.payload.parse(job.data);
    const result = await attemptWebhookDelivery({ db }, deliveryId);
    if (result.outcome === 'retry' || result.outcome === 'failed') {
      metrics.webhookFailures.inc({ outcome: result.outcome });
    }
    if (result.outcome === 'retry') throw new WebhookRetryError(result.error, result.retryInMs);
    return result;
  };
}

export interface DeliverWebhookWorkerOptions {
  db: Db;
  queue: Queue;
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  logger: Logger;
  metrics: Pick<WorkerMetrics, 'webhookFailures'>;
  /** Wraps the processor like every other queue's (tracing, the job-run log, the job's log lines). */
  wrap: (handler: JobHandler) => Processor;
}

/** The deliver-webhook worker (the caller listens to its events), plus a timer that re-enqueues overdue deliveries from Postgres. */
export function startDeliverWebhookWorker(options: DeliverWebhookWorkerOptions) {
  const { db, queue, logger } = options;
  const processor = options.wrap(createDeliverWebhookProcessor(db, options.metrics));
  const worker = new Worker(QUEUES.deliverWebhook.name, processor, {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    settings: { backoffStrategy: scheduledDelay },
  });

  const redrive = async () => {
    try {
      const overdue = await findOverdueWebhookDeliveries(db, { graceMs: REDRIVE_GRACE_MS, limit: 500 });
      for (const deliveryId of overdue) await enqueue(queue, 'deliverWebhook', { deliveryId });
      if (overdue.length > 0)
        logger.warn({ count: overdue.length }, 'overdue webhook deliveries enqueued again');
    } catch (error) {
      logger.warn({ err: String(error) }, 'webhook re-drive failed; trying again later');
    }
  };
  const timer = setInterval(() => void redrive(), REDRIVE_EVERY_MS);
  timer.unref();

  return {
    worker,
    close: async () => {
      clearInterval(timer);
      await worker.close();
    },
  };
}
