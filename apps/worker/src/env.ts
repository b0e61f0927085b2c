import { z } from 'zod';

const ZWorkerEnv = z.object({
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgres:// URL'),
  REDIS_URL: z.string().url('REDIS_URL must be a redis:// URL').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('facet'),
  STORAGE_DIR: z.string().default('.data/storage'),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3101),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});
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
