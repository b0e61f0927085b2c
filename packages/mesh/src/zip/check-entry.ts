import { MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { MeshMessage } from '../mesh-messages';
import type { ZipEntry } from './zip-entry';

const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

/** Refuses names that could escape a folder when unpacked (zip-slip) and symbolic links. */
export function assertSafeEntry(entry: ZipEntry): void {
  if (isUnsafeName(entry.name)) {
    throw new MeshError('ZIP_UNSAFE_PATH', {
      key: 'mesh.zip.unsafe-path',
      params: { name: entry.name.slice(0, 80) },
    });
  }
  if ((entry.unixMode & FILE_TYPE_MASK) === SYMLINK_TYPE) {
    throw new MeshError('ZIP_SYMLINK', {
      key: 'mesh.zip.symlink',
      params: { name: entry.name.slice(0, 80) },
    });
  }
}

function isUnsafeName(name: string): boolean {
  if (name.length === 0 || name.includes('\0')) return true;
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

const RATIO_FLOOR_BYTES = 1024 * 1024;

/** Refuses an archive whose own declared sizes already exceed the limits. */
export function assertDeclaredSizes(entries: readonly ZipEntry[], limits: ParseLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (isBombRatio(entry.uncompressedSize, entry.compressedSize, limits)) {
      throw makeBombError({
        key: 'mesh.zip.bomb-entry',
        params: { name: entry.name.slice(0, 80), from: entry.compressedSize, to: entry.uncompressedSize },
      });
    }
  }
  if (total > limits.maxInflatedBytes) {
    throw makeBombError({
      key: 'mesh.zip.bomb-declared-total',
      params: { total, max: limits.maxInflatedBytes },
    });
  }
}

export function isBombRatio(inflatedBytes: number, compressedBytes: number, limits: ParseLimits): boolean {
  return inflatedBytes > RATIO_FLOOR_BYTES && inflatedBytes > compressedBytes * limits.maxCompressionRatio;
}

/** The archive looks like a "zip bomb"; `detail` says why. */
export function makeBombError(detail: MeshMessage): MeshError {
  return new MeshError('ZIP_BOMB', detail);
}
