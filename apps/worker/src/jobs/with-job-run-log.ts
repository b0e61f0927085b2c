import { currentTraceId } from '@facet/core/shared/trace-context';
import { type JobRunStart, recordJobRunStart } from '@facet/core/system/record-job-run';
import type { Db } from '@facet/db/client';
import type { Job, Processor } from 'bullmq';

/** What each queue's jobs work on, read from their data. */
function subjectOf(job: Job): Pick<JobRunStart, 'subjectType' | 'subjectId'> | null {
  const data = job.data as { orderId?: string; modelId?: string; deliveryId?: string };
  if (data.orderId) return { subjectType: 'order', subjectId: data.orderId };
  if (data.modelId) return { subjectType: 'model', subjectId: data.modelId };
  if (data.deliveryId) return { subjectType: 'webhook_delivery', subjectId: data.deliveryId };
  return null;
}

/** Keeps every attempt of a job in Postgres (job_runs), for the order flight recorder. */
export function withJobRunLog(db: Db, queueName: string, processor: Processor): Processor {
  return async (job, token) => {
    const subject = subjectOf(job);
    const finish = subject
      ? await recordJobRunStart(db, {
          queue: queueName,
          jobId: job.id ?? '',
          attempt: job.attemptsMade + 1,
          traceId: currentTraceId(),
          ...subject,
        })
      : null;
    try {
      const result = await processor(job, token);
      await finish?.({});
      return result;
    } catch (error) {
      await finish?.({ error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  };
}
