import type { z } from 'zod';
import { DomainError } from '../shared/errors';

/**
 * Keyset cursors travel as opaque strings (they end up in shareable URLs): the last row's sort values
 * and id, as base64url JSON.
 */
export function encodeCursor(values: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string): z.output<T> {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError('INVALID_INPUT', 'This page link is out of date. Go back to the first page.', {
      field: 'cursor',
    });
  }
}

/** `%` and `_` typed by a person are literal characters, not LIKE wildcards. */
export function escapeLike(text: string): string {
  return text.replaceAll(/[\\%_]/g, (char) => `\\${char}`);
}
