import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { decodeCursor, encodeCursor } from './keyset-cursor';

const ZCursor = z.object({ at: z.coerce.date(), id: z.string().uuid() });
const id = '0190b6a4-0000-7000-8000-000000000001';

describe('keyset cursors', () => {
  it('read back the values they were made from', () => {
    const at = new Date('2025-03-01T10:00:00.123Z');
    expect(decodeCursor(ZCursor, encodeCursor({ at, id }))).toEqual({ at, id });
  });

  it('turn a cursor that is not one of ours into INVALID_INPUT on the cursor', () => {
    for (const cursor of ['not base64 json', encodeCursor({ at: 'yesterday', id }), encodeCursor([1, 2])]) {
      expect(() => decodeCursor(ZCursor, cursor, domainMessage('mes.page-link-invalid'))).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT', message: 'This page link is not valid any more.' }),
      );
      expect(() => decodeCursor(ZCursor, cursor)).toThrowError(
        expect.objectContaining({
          message: 'This page link is out of date. Go back to the first page.',
          localized: { key: 'list.page-link-outdated', params: {} },
        }),
      );
    }
  });
});
