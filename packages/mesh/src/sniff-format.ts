import { MeshError } from './errors';
import type { ModelFormat } from './mesh';
import { hasBinaryStlSize, looksLikeBinaryStlTriangle } from './stl/binary-stl-layout';
import { startsWithSolid } from './stl/starts-with-solid';
import { looksLikeText } from './text/looks-like-text';

const SNIFF_BYTES = 64 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/**
 * Tells the format from the content, never from the file name: binary STL by its exact size
 * (84 + 50·n), then the ZIP signature (3MF), then ASCII STL ("solid" … "facet"), then OBJ lines
 * ("v " / "f "). Last, a binary file whose first triangle reads sensibly is taken for a damaged
 * binary STL, so that its parser can say what is wrong with it.
 */
export function sniffFormat(bytes: Uint8Array): ModelFormat {
  if (bytes.length === 0) throw new MeshError('EMPTY_FILE', { key: 'mesh.file-empty', params: {} });
  if (hasBinaryStlSize(bytes)) return 'stl';
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return '3mf';
  if (looksLikeText(bytes)) {
    if (startsWithSolid(bytes) && (containsWord(bytes, 'facet') || containsWord(bytes, 'endsolid')))
      return 'stl';
    if (hasObjLine(bytes)) return 'obj';
  } else if (looksLikeBinaryStlTriangle(bytes)) {
    return 'stl';
  }
  throw new MeshError('UNKNOWN_FORMAT', { key: 'mesh.unknown-format', params: {} });
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function containsWord(bytes: Uint8Array, word: string): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const pattern = new TextEncoder().encode(word);
  let at = sample.indexOf(pattern[0]!);
  while (at >= 0 && at + pattern.length <= sample.length) {
    if (pattern.every((byte, i) => sample[at + i] === byte)) return true;
    at = sample.indexOf(pattern[0]!, at + 1);
  }
  return false;
}

/** True when some line (first 64 KiB) starts with "v" or "f" and a space or tab. */
function hasObjLine(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let lineStart = 0;
  while (lineStart < sample.length) {
    let at = lineStart;
    while (sample[at] === 0x20 || sample[at] === 0x09) at++;
    const key = sample[at];
    const next = sample[at + 1];
    if ((key === 0x76 || key === 0x66) && (next === 0x20 || next === 0x09)) return true;
    const lineEnd = sample.indexOf(0x0a, lineStart);
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return false;
}
