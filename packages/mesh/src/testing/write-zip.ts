import { deflateRawSync } from 'node:zlib';
import { updateCrc32 } from '../zip/crc32';

export interface RawZipEntry {
  name: string;
  /** Bytes as stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  crc32: number;
  /** What the archive claims; a test may lie here. */
  uncompressedSize: number;
  /** Unix mode for the external attributes, e.g. 0o120777 for a symlink. */
  unixMode?: number;
}

/** A deflated entry with honest sizes and checksum. */
export function deflatedEntry(name: string, content: Uint8Array | string): RawZipEntry {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    data: deflateRawSync(bytes),
    method: 8,
    crc32: updateCrc32(0, bytes),
    uncompressedSize: bytes.length,
  };
}

/** A stored (uncompressed) entry, so that changed bytes reach the XML parser unfiltered. */
export function storedEntry(name: string, content: string): RawZipEntry {
  const bytes = new TextEncoder().encode(content);
  return { name, data: bytes, method: 0, crc32: updateCrc32(0, bytes), uncompressedSize: bytes.length };
}

/**
 * Writes a ZIP archive byte by byte, so tests control every field (sizes, names, attributes).
 * With `zip64`, sizes, offsets and the entry count go in the ZIP64 fields, as some writers do.
 */
export function writeZip(entries: readonly RawZipEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const zip64 = options.zip64 ?? false;
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc32, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.uncompressedSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const extra = zip64 ? zip64Extra(entry.uncompressedSize, entry.data.length, offset) : new Uint8Array();
    const central = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, ((entry.unixMode === undefined ? 0 : 3) << 8) | 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc32, true);
    cv.setUint32(20, zip64 ? 0xffffffff : entry.data.length, true);
    cv.setUint32(24, zip64 ? 0xffffffff : entry.uncompressedSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(38, ((entry.unixMode ?? 0) << 16) >>> 0, true);
    cv.setUint32(42, zip64 ? 0xffffffff : offset, true);
    central.set(name, 46);
    central.set(extra, 46 + name.length);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, zip64 ? 0xffff : entries.length, true);
  ev.setUint16(10, zip64 ? 0xffff : entries.length, true);
  ev.setUint32(12, zip64 ? 0xffffffff : directorySize, true);
  ev.setUint32(16, zip64 ? 0xffffffff : offset, true);
  const zip64End = zip64 ? zip64EndRecords(entries.length, directorySize, offset) : [];
  return concat([...locals, ...centrals, ...zip64End, end]);
}

function zip64Extra(uncompressedSize: number, compressedSize: number, offset: number): Uint8Array {
  const extra = new Uint8Array(28);
  const view = new DataView(extra.buffer);
  view.setUint16(0, 0x0001, true);
  view.setUint16(2, 24, true);
  view.setBigUint64(4, BigInt(uncompressedSize), true);
  view.setBigUint64(12, BigInt(compressedSize), true);
  view.setBigUint64(20, BigInt(offset), true);
  return extra;
}

function zip64EndRecords(entryCount: number, directorySize: number, directoryOffset: number): Uint8Array[] {
  const record = new Uint8Array(56);
  const rv = new DataView(record.buffer);
  rv.setUint32(0, 0x06064b50, true);
  rv.setBigUint64(4, 44n, true);
  rv.setUint16(12, 45, true);
  rv.setUint16(14, 45, true);
  rv.setBigUint64(24, BigInt(entryCount), true);
  rv.setBigUint64(32, BigInt(entryCount), true);
  rv.setBigUint64(40, BigInt(directorySize), true);
  rv.setBigUint64(48, BigInt(directoryOffset), true);
  const locator = new Uint8Array(20);
  const lv = new DataView(locator.buffer);
  lv.setUint32(0, 0x07064b50, true);
  lv.setBigUint64(8, BigInt(directoryOffset + directorySize), true);
  lv.setUint32(16, 1, true);
  return [record, locator];
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
