import { attemptWebhookDelivery } from '@facet/core/partners/attempt-webhook-delivery';
import { WEBHOOK_MAX_ATTEMPTS } from '@facet/core/partners/webhook-retry-schedule';
import type { WebhookAllowList } from '@facet/core/partners/webhook-target';
import type { Db } from '@facet/db/client';
import { QUEUES, type QueueSettings } from '@facet/jobs/queues';
import { type ConnectionOptions, type DefaultJobOptions, type Processor, Queue, Worker } from 'bullmq';
import type { WorkerMetrics } from '../metrics';
import type { JobHandler } from './with-job-log';

/**
 * Webhook jobs: one attempt per run. The database decides (attempt count, next time, give up) and
 * keeps the log; BullMQ only waits the delay the attempt chose. Jobs leave Redis when done, so a
 * replay can enqueue the same id again, and a job lost with Redis is re-driven from Postgres (the
 * maintenance queue's `redrive-webhooks` tick).
 */
export const WEBHOOK_JOB_OPTIONS: DefaultJobOptions = {
  attempts: WEBHOOK_MAX_ATTEMPTS + 2,
  backoff: { type: 'webhook-schedule' },
  removeOnComplete: true,
  removeOnFail: true,
};

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
  allowList: WebhookAllowList,
): JobHandler {
  return async (job) => {
    const { deliveryId } = QUEUES.deliverWebhook.payload.parse(job.data);
    const result = await attemptWebhookDelivery({ db, allowList }, deliveryId);
    if (result.outcome === 'retry' || result.outcome === 'failed') {
      metrics.webhookFailures.inc({ outcome: result.outcome });
    }
    if (result.outcome === 'retry') throw new WebhookRetryError(result.error, result.retryInMs);
    return result;
  };
}

export interface DeliverWebhookWorkerOptions {
  db: Db;
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  /** Non-public networks webhooks may reach (WEBHOOK_ALLOWED_NETWORKS). */
  allowList: WebhookAllowList;
  metrics: Pick<WorkerMetrics, 'webhookFailures'>;
  /** Wraps the processor like every other queue's (tracing, the job-run log, the job's log lines). */
  wrap: (handler: JobHandler) => Processor;
}

/** The deliver-webhook worker; the caller listens to its events. */
export function startDeliverWebhookWorker(options: DeliverWebhookWorkerOptions): Worker {
  const processor = options.wrap(
    createDeliverWebhookProcessor(options.db, options.metrics, options.allowList),
  );
  return new Worker(QUEUES.deliverWebhook.name, processor, {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    settings: { backoffStrategy: scheduledDelay },
  });
}
