import type { Readable } from 'node:stream';

export interface StoredObject {
  key: string;
  sizeBytes: number;
  sha256: string;
}

export interface PutOptions {
  /** Refused past this many bytes, leaving nothing behind. */
  maxBytes?: number;
  contentType?: string;
}

/** Where model files and previews live: local disk by default, any S3-compatible store when configured. */
export interface ObjectStorage {
  /** Streams `body` to `key`, hashing and counting as it goes; never holds a whole file in memory. */
  put(key: string, body: Readable | Uint8Array, options?: PutOptions): Promise<StoredObject>;
  getBytes(key: string): Promise<Uint8Array>;
  /** The first `length` bytes, e.g. to tell a file's format. */
  getHead(key: string, length: number): Promise<Uint8Array>;
  getStream(key: string): Promise<Readable>;
  /** A link that downloads the object for a short while, without a session. */
  signedDownloadUrl(key: string, options: { expiresInS: number; fileName: string }): Promise<string>;
  delete(key: string): Promise<void>;
}
