import { currentTraceId } from '@facet/core/shared/trace-context';
import type { Logger } from '@facet/telemetry/logger';
import type { Job, Processor } from 'bullmq';
import type { WorkerMetrics } from '../metrics';

/** A job processor that logs through the job's own logger (its lines carry jobId, queue, orderId…). */
export type JobHandler = (job: Job, log: Logger) => Promise<unknown>;

/** What a job works on, as log fields: the ids its data carries. */
function subjectFields(job: Job): Record<string, string> {
  const data = (job.data ?? {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  for (const key of ['orderId', 'modelId', 'deliveryId'] as const) {
    if (typeof data[key] === 'string') fields[key] = data[key];
  }
  return fields;
}

/** The fields every line about a job carries. */
export function jobLogFields(queueName: string, job: Job): Record<string, unknown> {
  return { queue: queueName, jobId: job.id, attempt: job.attemptsMade + 1, ...subjectFields(job) };
}

/**
 * How long a job waited in its queue before a worker took it, from the moment it was due (a delayed
 * job's or a scheduled tick's delay is not waiting). Known for a first attempt only: BullMQ does not
 * keep the back-off that delayed a retry.
 */
export function queueWaitMs(job: Job): number | undefined {
  if (job.attemptsMade > 0 || !job.processedOn) return undefined;
  return Math.max(0, job.processedOn - job.timestamp - (job.opts.delay ?? 0));
}

/**
 * Runs a job with a child logger of its own and ends it with one line: `job done` (info, with the
 * result) or `job attempt failed` (warn while retries remain, error with the stack after the last
 * one), both with the duration, which also goes to `facet_job_duration_seconds{queue,outcome}`.
 */
export function withJobLog(
  queueName: string,
  logger: Logger,
  metrics: WorkerMetrics,
  handler: JobHandler,
): Processor {
  return async (job) => {
    const traceId = currentTraceId();
    const log = logger.child({ ...jobLogFields(queueName, job), ...(traceId ? { traceId } : {}) });
    const started = performance.now();
    const elapsed = () => (performance.now() - started) / 1000;
    const waitMs = queueWaitMs(job);
    if (waitMs !== undefined) metrics.jobWait.observe({ queue: queueName }, waitMs / 1000);
    try {
      const result = await handler(job, log);
      const seconds = elapsed();
      metrics.jobDuration.observe({ queue: queueName, outcome: 'completed' }, seconds);
      log.info({ waitMs, durationMs: Math.round(seconds * 1000), result }, 'job done');
      return result;
    } catch (error) {
      const seconds = elapsed();
      metrics.jobDuration.observe({ queue: queueName, outcome: 'failed' }, seconds);
      const willRetry = job.attemptsMade + 1 < (job.opts.attempts ?? 1);
      // A retry is routine (a webhook receiver that is down): its message is enough; the last failure keeps its stack.
      const err = willRetry && error instanceof Error ? error.message : error;
      log[willRetry ? 'warn' : 'error'](
        { waitMs, durationMs: Math.round(seconds * 1000), willRetry, err },
        'job attempt failed',
      );
      throw error;
    }
  };
}
