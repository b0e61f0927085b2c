import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { domainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';
import { limitAndHash } from './limit-and-hash';
import type { ObjectStorage, PutOptions, StoredObject } from './object-storage';
import { signDownload } from './url-signature';

export interface LocalDiskOptions {
  root: string;
  /** Signs download links served by the web app at `downloadPath`. */
  signingSecret?: string;
  downloadPath?: string;
}

/** Files under one folder; writes go to a temporary name and are renamed when complete. */
export class LocalDiskStorage implements ObjectStorage {
  private readonly root: string;

  constructor(private readonly options: LocalDiskOptions) {
    this.root = resolve(options.root);
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep))
      throw new DomainError('INVALID_INPUT', domainMessage('storage.key-invalid', { key }));
    return path;
  }

  async put(key: string, body: Readable | Uint8Array, options: PutOptions = {}): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${Date.now()}-${Math.random().toString(36).slice(2)}.part`);
    const meter = limitAndHash(options.maxBytes);
    const source = body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : body;
    try {
      await pipeline(source, meter.stream, createWriteStream(temporary));
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { key, ...meter.result() };
  }

  async getBytes(key: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.pathOf(key)));
  }

  async getHead(key: string, length: number): Promise<Uint8Array> {
    const file = await open(this.pathOf(key));
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await file.read(buffer, 0, length, 0);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
  }

  async getStream(key: string): Promise<Readable> {
    return createReadStream(this.pathOf(key));
  }

  async signedDownloadUrl(key: string, options: { expiresInS: number; fileName: string }): Promise<string> {
    if (!this.options.signingSecret) throw new Error('This storage was set up without a signing secret');
    const expiresAt = Math.floor(Date.now() / 1000) + options.expiresInS;
    const query = new URLSearchParams({
      key,
      exp: String(expiresAt),
      name: options.fileName,
      sig: signDownload(this.options.signingSecret, key, expiresAt),
    });
    return `${this.options.downloadPath ?? '/api/files'}?${query}`;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
