import type { ModelFormat } from '@facet/db/enums';
import { sniffFormat } from '@facet/mesh/parse';

/**
 * Tells the format of an uploaded file from its first bytes and its size, without reading it
 * whole: a binary STL is exactly 84 + 50·n bytes; everything else shows in its first 64 KiB.
 */
export function sniffUpload(head: Uint8Array, sizeBytes: number): ModelFormat {
  if (head.length >= 84) {
    const declared = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(80, true);
    if (84 + 50 * declared === sizeBytes) return 'stl';
  }
  return sniffFormat(head);
}
