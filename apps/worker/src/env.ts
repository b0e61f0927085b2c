import { ZWebhookTargetEnv } from '@facet/core/partners/webhook-target';
import { ZCurrencyEnv } from '@facet/core/shared/currency';
import { ZStorageEnv } from '@facet/core/storage/storage-env';
import type { Retention } from '@facet/core/system/prune-old-records';
import { z } from 'zod';
import { WORKER_ROLES } from './worker-role';

const retentionDays = (days: number) => z.coerce.number().int().min(1).max(3650).default(days);

const ZWorkerEnv = z
  .object({
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
    REDIS_URL: z.string().url('REDIS_URL must be a redis:// URL').default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z.string().min(1).default('facet'),
    WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3101),
    /**
     * Where /health and /metrics listen: loopback unless set (in a container, 0.0.0.0 so the
     * orchestrator's probes and Prometheus reach it; then METRICS_TOKEN is required).
     */
    WORKER_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
    /**
     * The work this process takes (README: Isolation): `all`, the `site`'s only, or the `partner`s' only
     * (their models, previews, prices, webhooks and sandbox orders), in a process of their own.
     */
    WORKER_ROLE: z
      .enum(WORKER_ROLES, { message: `WORKER_ROLE must be one of ${WORKER_ROLES.join(', ')}` })
      .default('all'),
    /** With WORKER_ROLE=partner, the nice value (0–19) of every thread of the process; 0 leaves it as started. */
    PARTNER_WORKER_NICE: z.coerce.number().int().min(0).max(19).default(10),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** Threads for parsing and previews (CPU-heavy, kept off the main thread so job locks renew). */
    MESH_THREADS: z.coerce.number().int().min(1).max(32).default(2),
    /**
     * The partner channel (README: Isolation): mesh threads of its own and their nice value (0–19;
     * higher yields more), jobs at once per partner queue, and jobs of one partner at once per queue.
     */
    PARTNER_MESH_THREADS: z.coerce.number().int().min(1).max(32).default(1),
    PARTNER_MESH_NICE: z.coerce.number().int().min(0).max(19).default(10),
    PARTNER_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    PARTNER_JOB_CAP: z.coerce.number().int().min(1).max(64).default(1),
    /** How often the sweeper looks in Postgres for work the queues lost, and how late work must be to count. */
    SWEEP_INTERVAL_S: z.coerce.number().int().min(1).max(3600).default(30),
    STALLED_AFTER_S: z.coerce.number().int().min(1).max(86_400).default(60),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    /** When set, the health server's /metrics needs `Authorization: Bearer <token>`. */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    /** OTLP/HTTP collector for traces, e.g. http://127.0.0.1:4318; no tracing without it. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url('OTEL_EXPORTER_OTLP_ENDPOINT must be a URL').optional(),
    /** How often the SLA watchdog looks for orders stuck past their status's limit. */
    SLA_WATCHDOG_EVERY_S: z.coerce.number().int().min(5).max(3600).default(60),
    /** A canary order through the whole pipeline every CANARY_EVERY_S, to reach the pool within CANARY_DEADLINE_S. */
    CANARY_ENABLED: z
      .enum(['true', 'false', '1', '0'], { message: 'CANARY_ENABLED must be true or false' })
      .default('true')
      .transform((value) => value === 'true' || value === '1'),
    CANARY_EVERY_S: z.coerce
      .number()
      .int()
      .min(30)
      .max(24 * 3600)
      .default(300),
    CANARY_DEADLINE_S: z.coerce.number().int().min(10).max(3600).default(120),
    /** Retention (README: Retention): how often old records are pruned, and how long each kind is kept. */
    PRUNE_EVERY_S: z.coerce.number().int().min(60).max(86_400).default(3600),
    RETENTION_OUTBOX_DAYS: retentionDays(7),
    RETENTION_IDEMPOTENCY_HOURS: z.coerce
      .number()
      .int()
      .min(0)
      .max(24 * 365)
      .default(24),
    RETENTION_JOB_RUNS_DAYS: retentionDays(30),
    RETENTION_WEBHOOK_DELIVERIES_DAYS: retentionDays(30),
    RETENTION_CANARY_DAYS: retentionDays(7),
    RETENTION_API_REQUESTS_DAYS: retentionDays(30),
  })
  .extend(ZStorageEnv.shape)
  .extend(ZCurrencyEnv.shape)
  .extend(ZWebhookTargetEnv.shape)
  .refine((env) => isLoopback(env.WORKER_HEALTH_HOST) || env.METRICS_TOKEN !== undefined, {
    path: ['METRICS_TOKEN'],
    message: 'METRICS_TOKEN must be set when WORKER_HEALTH_HOST is not a loopback address',
  });
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

export type WorkerEnv = z.infer<typeof ZWorkerEnv>;

/** Stops start-up with a message naming every wrong variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const parsed = ZWorkerEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`The worker's environment is not valid:\n${problems}`);
  }
  return parsed.data;
}

/** The retention of each kind of record, in hours, as pruneOldRecords takes it. */
export function retentionOf(env: WorkerEnv): Retention {
  return {
    publishedOutboxH: env.RETENTION_OUTBOX_DAYS * 24,
    expiredIdempotencyH: env.RETENTION_IDEMPOTENCY_HOURS,
    jobRunsH: env.RETENTION_JOB_RUNS_DAYS * 24,
    webhookDeliveriesH: env.RETENTION_WEBHOOK_DELIVERIES_DAYS * 24,
    canaryH: env.RETENTION_CANARY_DAYS * 24,
    apiRequestsH: env.RETENTION_API_REQUESTS_DAYS * 24,
  };
}
