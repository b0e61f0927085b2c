import { type ConnectionOptions, type DefaultJobOptions, Queue } from 'bullmq';
import { z } from 'zod';

/**
 * Every queue, its payload schema and how its job ids are derived from what they process.
 * (BullMQ refuses custom ids with a colon, so ids are joined with dashes.)
 */
export const QUEUES = {
  analyseModel: {
    name: 'analyse-model',
    payload: z.object({ modelId: z.string().uuid() }),
    jobId: (p: { modelId: string }) => `analyse-${p.modelId}`,
  },
  makePreview: {
    name: 'make-preview',
    payload: z.object({ modelId: z.string().uuid() }),
    jobId: (p: { modelId: string }) => `preview-${p.modelId}`,
  },
  priceOrder: {
    name: 'price-order',
    /** `trigger` says what asked for the price (an order version, a model analysed), so each ask runs once. */
    payload: z.object({ orderId: z.string().uuid(), trigger: z.string().min(1) }),
    jobId: (p: { orderId: string; trigger: string }) => `price-${p.orderId}-${p.trigger}`,
  },
  deliverWebhook: {
    name: 'deliver-webhook',
    payload: z.object({ deliveryId: z.string().uuid() }),
    jobId: (p: { deliveryId: string }) => `webhook-${p.deliveryId}`,
  },
  maintenance: {
    name: 'maintenance',
    payload: z.object({
      task: z.enum(['sweep-stalled', 'sla-watchdog', 'prune-outbox', 'canary', 'canary-check']),
    }),
    jobId: (p: { task: string }) => `maintenance-${p.task}`,
  },
} as const;

export type QueueKey = keyof typeof QUEUES;
export type JobPayload<K extends QueueKey> = z.infer<(typeof QUEUES)[K]['payload']>;

export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 50_000 },
};

export interface QueueSettings {
  connection: ConnectionOptions;
  /** Key prefix; tests use their own so runs never meet. */
  prefix?: string;
}

export function createQueue<K extends QueueKey>(key: K, settings: QueueSettings): Queue {
  return new Queue(QUEUES[key].name, {
    connection: settings.connection,
    prefix: settings.prefix ?? 'facet',
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
}

/**
 * Adds a job whose id is derived from its payload, so adding it twice is harmless. The trace
 * context of the work that asked for it rides along in the job data.
 */
export async function enqueue<K extends QueueKey>(
  queue: Queue,
  key: K,
  payload: JobPayload<K>,
  options: { traceContext?: unknown } = {},
): Promise<void> {
  const spec = QUEUES[key];
  const data = spec.payload.parse(payload);
  await queue.add(
    spec.name,
    { ...data, traceContext: options.traceContext ?? null },
    { jobId: spec.jobId(data as never) },
  );
}
