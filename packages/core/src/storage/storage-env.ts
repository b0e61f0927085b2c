import { z } from 'zod';

/** Storage settings every app that touches files validates at start-up. */
export const ZStorageEnv = z.object({
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url('S3_ENDPOINT must be a URL, e.g. http://127.0.0.1:9000').optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});
export type TStorageEnv = z.infer<typeof ZStorageEnv>;
