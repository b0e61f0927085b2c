import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import { domainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';

/** A pass-through stream that hashes and counts what flows through it, and stops past `maxBytes`. */
export function limitAndHash(maxBytes: number | undefined) {
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      if (maxBytes !== undefined && sizeBytes > maxBytes) {
        callback(fileTooLarge(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { stream, result: () => ({ sizeBytes, sha256: hash.digest('hex') }) };
}

/** The refusal of a file over the size limit, whether its declared size or its streamed bytes said so. */
export function fileTooLarge(maxBytes: number): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    domainMessage('model.file-too-large', { mib: Math.round(maxBytes / 1024 / 1024) }),
    { field: 'file', limitBytes: maxBytes },
  );
}
