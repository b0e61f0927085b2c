import { Inflate } from 'fflate';
import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import { isBombRatio, makeBombError } from './check-entry';
import { updateCrc32 } from './crc32';
import { makeDamagedError } from './read-zip-directory';
import type { ZipArchive, ZipEntry } from './zip-entry';

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;
/** Small pushes keep each inflated chunk small (deflate expands at most ~1032×, so ≤ 17 MB). */
const PUSH_BYTES = 16 * 1024;

/** Bytes that all the entries of one archive may still inflate to. */
export interface InflateBudget {
  remainingBytes: number;
}

export function createInflateBudget(limits: ParseLimits): InflateBudget {
  return { remainingBytes: limits.maxInflatedBytes };
}

/**
 * Inflates one entry, handing each chunk to `onChunk` as it is produced. Inflated bytes are counted
 * as they come, against the budget and the compression ratio, and inflating stops at the first
 * chunk past either: the sizes the archive declares are not trusted.
 */
export function inflateEntry(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  limits: ParseLimits,
  onChunk: (chunk: Uint8Array) => void,
): void {
  const data = locateData(archive, entry);
  let inflated = 0;
  let pushed = 0;
  let crc = 0;
  const accept = (chunk: Uint8Array): void => {
    inflated += chunk.length;
    budget.remainingBytes -= chunk.length;
    if (budget.remainingBytes < 0) {
      throw makeBombError({ key: 'mesh.zip.bomb-total', params: { max: limits.maxInflatedBytes } });
    }
    if (isBombRatio(inflated, Math.max(pushed, 1), limits)) {
      throw makeBombError({
        key: 'mesh.zip.bomb-ratio',
        params: { name: entry.name.slice(0, 80), ratio: limits.maxCompressionRatio },
      });
    }
    crc = updateCrc32(crc, chunk);
    onChunk(chunk);
  };
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      pushed = Math.min(data.length, at + PUSH_BYTES);
      accept(data.subarray(at, pushed));
    }
  } else {
    const inflater = new Inflate((chunk) => {
      if (chunk.length > 0) accept(chunk);
    });
    for (let at = 0; at < data.length; at += PUSH_BYTES) {
      pushed = Math.min(data.length, at + PUSH_BYTES);
      pushChunk(inflater, data.subarray(at, pushed), pushed === data.length, entry);
    }
    if (data.length === 0) pushChunk(inflater, data, true, entry);
  }
  if (inflated !== entry.uncompressedSize || crc !== entry.crc32) {
    throw makeDamagedError({ key: 'mesh.zip.checksum-mismatch', params: { name: entry.name.slice(0, 80) } });
  }
}

/** Inflates a small entry (a relationships file) into one string. */
export function inflateEntryToText(
  archive: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  limits: ParseLimits,
): string {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  inflateEntry(archive, entry, budget, limits, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}

function pushChunk(inflater: Inflate, chunk: Uint8Array, final: boolean, entry: ZipEntry): void {
  try {
    inflater.push(chunk, final);
  } catch (error) {
    if (error instanceof MeshError) throw error;
    throw makeDamagedError({ key: 'mesh.zip.cannot-decompress', params: { name: entry.name.slice(0, 80) } });
  }
}

function locateData(archive: ZipArchive, entry: ZipEntry): Uint8Array {
  if (entry.flags & ENCRYPTED_FLAG) {
    throw new MeshError('ZIP_UNSUPPORTED', {
      key: 'mesh.zip.encrypted',
      params: { name: entry.name.slice(0, 80) },
    });
  }
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new MeshError('ZIP_UNSUPPORTED', {
      key: 'mesh.zip.method-unsupported',
      params: { name: entry.name.slice(0, 80), method: entry.method },
    });
  }
  const bytes = archive.bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_BYTES > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) {
    throw makeDamagedError({ key: 'mesh.zip.header-missing', params: { name: entry.name.slice(0, 80) } });
  }
  const start = at + LOCAL_HEADER_BYTES + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw new MeshError('TRUNCATED', {
      key: 'mesh.zip.entry-cut-off',
      params: { name: entry.name.slice(0, 80) },
    });
  }
  return bytes.subarray(start, end);
}
