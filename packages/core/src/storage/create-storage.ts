import { LocalDiskStorage } from './local-disk-storage';
import type { ObjectStorage } from './object-storage';
import { S3Storage } from './s3-storage';

import type { TStorageEnv } from './storage-env';

export type StorageConfig = TStorageEnv & {
  /** Signs local download links (apps that never hand out links may leave it out). */
  signingSecret?: string;
};

/** S3 when a bucket is configured, else local disk. */
export function createStorage(config: StorageConfig): ObjectStorage {
  if (config.S3_BUCKET) {
    return new S3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION ?? 'us-east-1',
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalDiskStorage({ root: config.STORAGE_DIR, signingSecret: config.signingSecret });
}
