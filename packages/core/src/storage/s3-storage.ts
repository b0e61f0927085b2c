import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentDisposition } from './attachment-disposition';
import { limitAndHash } from './limit-and-hash';
import type { ObjectStorage, PutOptions, StoredObject } from './object-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** For S3-compatible stores (MinIO, R2, Ceph…). */
  endpoint?: string;
  forcePathStyle?: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** Any S3-compatible store; uploads stream in parts (never a whole file in memory). */
export class S3Storage implements ObjectStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  async put(key: string, body: Readable | Uint8Array, options: PutOptions = {}): Promise<StoredObject> {
    const meter = limitAndHash(options.maxBytes);
    const source = body instanceof Uint8Array ? Readable.from([Buffer.from(body)]) : body;
    source.on('error', (error) => meter.stream.destroy(error));
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.options.bucket,
        Key: key,
        Body: source.pipe(meter.stream),
        ContentType: options.contentType,
      },
    });
    try {
      await upload.done();
    } catch (error) {
      await upload.abort().catch(() => {});
      throw error;
    }
    return { key, ...meter.result() };
  }

  private async body(key: string, range?: string) {
    const response = await this.client.send(
      new GetObjectCommand({ Bucket: this.options.bucket, Key: key, Range: range }),
    );
    if (!response.Body) throw new Error(`Object ${key} has no body`);
    return response.Body;
  }

  async getBytes(key: string): Promise<Uint8Array> {
    return (await this.body(key)).transformToByteArray();
  }

  async getHead(key: string, length: number): Promise<Uint8Array> {
    return (await this.body(key, `bytes=0-${length - 1}`)).transformToByteArray();
  }

  async getStream(key: string): Promise<Readable> {
    return (await this.body(key)) as Readable;
  }

  signedDownloadUrl(key: string, options: { expiresInS: number; fileName: string }): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.options.bucket,
      Key: key,
      ResponseContentDisposition: attachmentDisposition(options.fileName),
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInS });
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }
}
