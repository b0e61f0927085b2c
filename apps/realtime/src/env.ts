import { z } from 'zod';

const ZRealtimeEnv = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  REDIS_URL: z.string().url('REDIS_URL must be a redis:// URL').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('facet'),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, 'NEXTAUTH_SECRET must be at least 32 characters (the same as the web app)'),
  REALTIME_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** Browser origins allowed to connect (comma-separated). */
  WEB_ORIGIN: z.string().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** /metrics needs `Authorization: Bearer <token>`; without a token it is not served (404). */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
});
export type RealtimeEnv = z.infer<typeof ZRealtimeEnv>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): RealtimeEnv {
  const parsed = ZRealtimeEnv.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`The realtime server's environment is not valid:\n${problems}`);
  }
  return parsed.data;
}
