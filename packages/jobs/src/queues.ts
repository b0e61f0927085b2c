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
  /**
   * The partner channel's own queues (README: Isolation): the same work as the three above for a
   * partner's models and orders, run by workers and mesh threads of their own, with a cap per partner.
   */
  partnerAnalyseModel: {
    name: 'partner-analyse-model',
    payload: z.object({ modelId: z.string().uuid(), partnerId: z.string().uuid() }),
    jobId: (p: { modelId: string }) => `analyse-${p.modelId}`,
  },
  partnerMakePreview: {
    name: 'partner-make-preview',
    payload: z.object({ modelId: z.string().uuid(), partnerId: z.string().uuid() }),
    jobId: (p: { modelId: string }) => `preview-${p.modelId}`,
  },
  partnerPriceOrder: {
    name: 'partner-price-order',
    payload: z.object({
      orderId: z.string().uuid(),
      trigger: z.string().min(1),
      partnerId: z.string().uuid(),
    }),
    jobId: (p: { orderId: string; trigger: string }) => `price-${p.orderId}-${p.trigger}`,
  },
  /**
   * The sandbox (README: Partner API, Sandbox): one step of a test order along its path, a few seconds
   * after its last change. Keyed by the version it moves on from, so a repeat is harmless.
   */
  sandboxAdvance: {
    name: 'sandbox-advance',
    /** `trigger`: set by the sweeper (its time window), so a step whose job was lost or gave up runs again. */
    payload: z.object({
      orderId: z.string().uuid(),
      version: z.number().int().positive(),
      trigger: z.string().min(1).optional(),
    }),
    jobId: (p: { orderId: string; version: number; trigger?: string }) =>
      `sandbox-${p.orderId}-v${p.version}${p.trigger ? `-${p.trigger}` : ''}`,
  },
  deliverWebhook: {
    name: 'deliver-webhook',
    payload: z.object({ deliveryId: z.string().uuid() }),
    jobId: (p: { deliveryId: string }) => `webhook-${p.deliveryId}`,
  },
  maintenance: {
    name: 'maintenance',
    payload: z.object({
      task: z.enum([
        'sweep-stalled',
        'redrive-webhooks',
        'prune-old-records',
        'sla-watchdog',
        'canary',
        'canary-check',
      ]),
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
  options: { traceContext?: unknown; priority?: number; delayMs?: number } = {},
): Promise<void> {
  const spec = QUEUES[key];
  const data = spec.payload.parse(payload);
  await queue.add(
    spec.name,
    { ...data, traceContext: options.traceContext ?? null },
    {
      jobId: spec.jobId(data as never),
      ...(options.priority ? { priority: options.priority } : {}),
      ...(options.delayMs ? { delay: options.delayMs } : {}),
    },
  );
}
