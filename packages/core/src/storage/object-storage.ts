import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/** Where model files and previews live: local disk by default, any S3-compatible store when configured. */
export interface ObjectStorage {
  /** Streams `body` to `key`, hashing as it goes; refuses past `maxBytes` and leaves nothing behind. */
  put(
    key: string,
    body: Readable | Uint8Array,
    options?: { maxBytes?: number; contentType?: string },
  ): Promise<StoredObject>;
  getBytes(key: string): Promise<Uint8Array>;
  getStream(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}
