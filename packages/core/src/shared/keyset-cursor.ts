import type { z } from 'zod';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import { DomainError } from './errors';

/**
 * Keyset cursors travel as opaque strings (in shareable URLs and partners' requests): the last row's
 * sort values and id, as base64url JSON. A `Date` is written as its ISO string.
 */
export function encodeCursor(values: unknown): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The cursor's values as `schema` reads them; a cursor this listing did not give out is INVALID_INPUT. */
export function decodeCursor<T extends z.ZodType>(
  schema: T,
  cursor: string,
  message: DomainMessage = domainMessage('list.page-link-outdated'),
): z.output<T> {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError('INVALID_INPUT', message, { field: 'cursor' });
  }
}
