import { formatBytes, MeshError } from '../errors';
import type { ParseLimits } from '../limits';
import type { ZipEntry } from './zip-entry';

const FILE_TYPE_MASK = 0o170000;
const SYMLINK_TYPE = 0o120000;

/** Refuses names that could escape a folder when unpacked (zip-slip) and symbolic links. */
export function assertSafeEntry(entry: ZipEntry): void {
  if (isUnsafeName(entry.name)) {
    throw new MeshError(
      'ZIP_UNSAFE_PATH',
      `The 3MF archive contains a file named "${entry.name.slice(0, 80)}", which points outside the archive. We refuse such files for safety.`,
    );
  }
  if ((entry.unixMode & FILE_TYPE_MASK) === SYMLINK_TYPE) {
    throw new MeshError(
      'ZIP_SYMLINK',
      `The 3MF archive contains a symbolic link ("${entry.name.slice(0, 80)}"). A 3MF never needs one, so we refuse it for safety.`,
    );
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
      throw makeBombError(
        `"${entry.name.slice(0, 80)}" would expand from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)}`,
      );
    }
  }
  if (total > limits.maxInflatedBytes) {
    throw makeBombError(
      `its files would expand to ${formatBytes(total)}, more than the ${formatBytes(limits.maxInflatedBytes)} we accept`,
    );
  }
}

export function isBombRatio(inflatedBytes: number, compressedBytes: number, limits: ParseLimits): boolean {
  return inflatedBytes > RATIO_FLOOR_BYTES && inflatedBytes > compressedBytes * limits.maxCompressionRatio;
}

export function makeBombError(detail: string): MeshError {
  return new MeshError('ZIP_BOMB', `The 3MF archive looks like a "zip bomb": ${detail}. We refuse it.`);
}
