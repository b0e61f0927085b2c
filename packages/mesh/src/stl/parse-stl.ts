import type { ParseLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import { looksLikeText } from '../text/looks-like-text';
import { hasBinaryStlSize } from './binary-stl-layout';
import { parseAsciiStl } from './parse-ascii-stl';
import { parseBinaryStl } from './parse-binary-stl';
import { startsWithSolid } from './starts-with-solid';

/**
 * Binary or ASCII is decided by size (84 + 50·n), never by the word "solid", which many binary
 * headers also begin with. Only a file whose size does not fit and that reads as "solid…" is ASCII.
 */
export function parseStl(bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  if (hasBinaryStlSize(bytes)) return parseBinaryStl(bytes, limits);
  if (startsWithSolid(bytes) && looksLikeText(bytes)) return parseAsciiStl(bytes, limits);
  return parseBinaryStl(bytes, limits);
}
