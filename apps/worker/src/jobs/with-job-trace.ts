import { contextFromCarrier } from '@facet/core/shared/trace-context';
import { tracer } from '@facet/telemetry/tracing';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { Job, Processor } from 'bullmq';

/**
 * Runs a job inside a span whose parent is the trace stored in the job data, so one trace follows an
 * order from the HTTP request through the outbox and the queue into the worker.
 */
export function withJobTrace(queueName: string, processor: Processor): Processor {
  return (job: Job, token?: string) =>
    tracer().startActiveSpan(
      `job ${queueName}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'bullmq',
          'messaging.destination.name': queueName,
          'messaging.message.id': job.id ?? '',
        },
      },
      contextFromCarrier((job.data as { traceContext?: unknown }).traceContext),
      async (span) => {
        try {
          return await processor(job, token);
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      },
    );
}
