import { ZStorageEnv } from '@facet/core/storage/storage-env';
import { z } from 'zod';

const ZWebEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
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
    /** OTLP/HTTP collector for traces, e.g. http://127.0.0.1:4318; no tracing without it. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url('OTEL_EXPORTER_OTLP_ENDPOINT must be a URL').optional(),
  })
  .extend(ZStorageEnv.shape);

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
