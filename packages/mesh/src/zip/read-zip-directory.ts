import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { MeshMessage } from '../mesh-messages';
import { assertDeclaredSizes, assertSafeEntry } from './check-entry';
import type { ZipArchive, ZipEntry } from './zip-entry';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const DIRECTORY_ENTRY_BYTES = 46;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_EXTRA = 0x0001;
const UTF8_NAME_FLAG = 0x0800;

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * Reads the central directory of a ZIP archive: every entry's name, sizes and attributes, and
 * refuses the archive if it has too many entries, unsafe names, symlinks or declares a bomb.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ParseLimits): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = findDirectory(view);
  if (directory.entryCount > limits.maxZipEntries) {
    throw new MeshError('ZIP_TOO_MANY_ENTRIES', {
      key: 'mesh.zip.too-many-entries',
      params: { count: directory.entryCount, max: limits.maxZipEntries },
    });
  }
  if (
    directory.offset + directory.size > bytes.length ||
    directory.entryCount * DIRECTORY_ENTRY_BYTES > directory.size
  ) {
    throw makeDamagedError({ key: 'mesh.zip.directory-outside', params: {} });
  }
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directory.offset;
  for (let i = 0; i < directory.entryCount; i++) {
    const entry = readEntry(view, at);
    at = entry.next;
    assertSafeEntry(entry.entry);
    if (names.has(entry.entry.name))
      throw makeDamagedError({ key: 'mesh.zip.name-twice', params: { name: entry.entry.name } });
    names.add(entry.entry.name);
    entries.push(entry.entry);
  }
  assertDeclaredSizes(entries, limits);
  return { bytes, entries };
}

interface DirectoryLocation {
  entryCount: number;
  size: number;
  offset: number;
}

function findDirectory(view: DataView): DirectoryLocation {
  const last = view.byteLength - END_RECORD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const location = {
      entryCount: view.getUint16(at + 10, true),
      size: view.getUint32(at + 12, true),
      offset: view.getUint32(at + 16, true),
    };
    const usesZip64 =
      location.entryCount === 0xffff || location.size === 0xffffffff || location.offset === 0xffffffff;
    return usesZip64 ? findZip64Directory(view, at) : location;
  }
  throw new MeshError('TRUNCATED', { key: 'mesh.zip.no-directory', params: {} });
}

function findZip64Directory(view: DataView, endRecordAt: number): DirectoryLocation {
  const locatorAt = endRecordAt - 20;
  if (locatorAt < 0 || view.getUint32(locatorAt, true) !== ZIP64_LOCATOR)
    throw makeDamagedError({ key: 'mesh.zip.zip64-locator-missing', params: {} });
  const recordAt = readUint64(view, locatorAt + 8);
  if (recordAt + 56 > view.byteLength || view.getUint32(recordAt, true) !== ZIP64_END_OF_DIRECTORY) {
    throw makeDamagedError({ key: 'mesh.zip.zip64-directory-missing', params: {} });
  }
  return {
    entryCount: readUint64(view, recordAt + 32),
    size: readUint64(view, recordAt + 40),
    offset: readUint64(view, recordAt + 48),
  };
}

function readEntry(view: DataView, at: number): { entry: ZipEntry; next: number } {
  if (at + DIRECTORY_ENTRY_BYTES > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) {
    throw makeDamagedError({ key: 'mesh.zip.entry-unreadable', params: {} });
  }
  const madeBy = view.getUint16(at + 4, true) >> 8;
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const external = view.getUint32(at + 38, true);
  const nameAt = at + DIRECTORY_ENTRY_BYTES;
  const extraAt = nameAt + nameLength;
  const next = extraAt + extraLength + commentLength;
  if (next > view.byteLength) throw makeDamagedError({ key: 'mesh.zip.entry-cut-short', params: {} });
  const nameBytes = new Uint8Array(view.buffer, view.byteOffset + nameAt, nameLength);
  const entry: ZipEntry = {
    name: (flags & UTF8_NAME_FLAG ? utf8 : latin1).decode(nameBytes),
    method: view.getUint16(at + 10, true),
    flags,
    crc32: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    uncompressedSize: view.getUint32(at + 24, true),
    localHeaderOffset: view.getUint32(at + 42, true),
    unixMode: madeBy === 3 || madeBy === 19 ? external >>> 16 : 0,
  };
  applyZip64Extra(view, extraAt, extraLength, entry);
  return { entry, next };
}

/** Sizes and offset that do not fit 32 bits are stored, in this order, in the ZIP64 extra field. */
function applyZip64Extra(view: DataView, at: number, length: number, entry: ZipEntry): void {
  const end = at + length;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const fieldEnd = Math.min(end, field + size);
      const take = (): number => {
        if (field + 8 > fieldEnd) {
          throw makeDamagedError({ key: 'mesh.zip.zip64-sizes-cut-short', params: { name: entry.name } });
        }
        const value = readUint64(view, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** The archive is damaged; `detail` says how. */
export function makeDamagedError(detail: MeshMessage): MeshError {
  return new MeshError('MALFORMED', detail);
}
