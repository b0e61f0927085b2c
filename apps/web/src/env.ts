import { ZWebhookTargetEnv } from '@facet/core/partners/webhook-target';
import { ZCurrencyEnv } from '@facet/core/shared/currency';
import { ZStorageEnv } from '@facet/core/storage/storage-env';
import { z } from 'zod';
import { PROCESS_ROLES } from './server/process-role';

const ZWebEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** What this process serves: everything, or only the partner API (README: Isolation). */
    FACET_ROLE: z.enum(PROCESS_ROLES, { message: 'FACET_ROLE must be all or partner-api' }).default('all'),
    /** Connections of the partner API's own pool (apart from the pool of pages, tRPC and /api/health). */
    PARTNER_DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(6),
    /**
     * The nice value (0–19) the partner API's own process runs at: on a machine it shares with the
     * site, it takes only the CPU the site leaves. 0 leaves it as started.
     */
    PARTNER_API_NICE: z.coerce.number().int().min(0).max(19).default(10),
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
    /** A read replica for the CRM's reports and lists; they read the primary without it. */
    DATABASE_READ_URL: z.string().url('DATABASE_READ_URL must be a postgres:// URL').optional(),
    REDIS_URL: z.string().url('REDIS_URL must be a redis:// URL').default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z.string().min(1).default('facet'),
    NEXTAUTH_URL: z
      .string()
      .url('NEXTAUTH_URL must be the public URL of the web app, e.g. http://localhost:3000'),
    NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
    /** Where browsers reach the realtime server. */
    NEXT_PUBLIC_REALTIME_URL: z.string().url().default('http://localhost:3001'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    /** /api/metrics needs `Authorization: Bearer <token>`; without a token it is not served (404). */
    METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
    /** Sign-in throttling: failed sign-ins per account, and per client address, before a lock-out. */
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
    /** How long a lock-out lasts (and how long failures are counted), in minutes. */
    SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
    /** Request bodies: tRPC calls (bytes) and calls per tRPC batch; larger ones are answered 413. */
    TRPC_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).default(20),
    /** OTLP/HTTP collector for traces, e.g. http://127.0.0.1:4318; no tracing without it. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url('OTEL_EXPORTER_OTLP_ENDPOINT must be a URL').optional(),
  })
  .extend(ZStorageEnv.shape)
  .extend(ZCurrencyEnv.shape)
  .extend(ZWebhookTargetEnv.shape);

export type WebEnv = z.infer<typeof ZWebEnv>;

let cached: WebEnv | undefined;

/** The validated environment; the first call stops the app with a message naming every wrong variable. */
export function env(): WebEnv {
  if (cached) return cached;
  const parsed = ZWebEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`The web app's environment is not valid:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}
