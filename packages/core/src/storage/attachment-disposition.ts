import { create } from 'content-disposition';

/**
 * `Content-Disposition: attachment` for a stored file under its original name: an ASCII `filename`
 * for old clients and, when the name is not plain ASCII, the exact name in `filename*` (RFC 6266 and
 * RFC 5987), so a name in any script downloads as it was uploaded.
 */
export function attachmentDisposition(fileName: string): string {
  const printable = fileName.replaceAll(/\p{Cc}/gu, '').trim();
  return create(printable || 'model', { type: 'attachment' });
}
