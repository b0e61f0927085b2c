import { ZCancelPartnerOrderInput } from '@facet/core/partners/cancel-partner-order';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readIdempotencyKey } from './idempotency';
import { parseWith } from './parse';
import { isApiProblem, problemResponse } from './problem';

const ZOrder = z.object({
  externalRef: z.string().max(8),
  quantity: z.number().int().min(1),
  note: z.string().max(3, 'A note is at most 3 characters.').optional(),
});

function refusal(value: unknown) {
  try {
    parseWith(ZOrder, value, 'body');
  } catch (error) {
    if (isApiProblem(error)) return error;
    throw error;
  }
  throw new Error('the body was taken');
}

describe('a body that does not match the schema', () => {
  const bad = { externalRef: 'far-too-long-a-reference', quantity: 0, note: 'long' };

  it('names each wrong field in English by default', async () => {
    const body = await problemResponse(refusal(bad), 'req-1').json();
    expect(body.errors).toEqual([
      { field: 'externalRef', message: expect.stringMatching(/^Too big/) },
      { field: 'quantity', message: expect.stringMatching(/^Too small/) },
      { field: 'note', message: 'A note is at most 3 characters.' },
    ]);
  });

  it('names each wrong field in Russian to Accept-Language: ru, keeping a schema’s own words', async () => {
    const body = await problemResponse(refusal(bad), 'req-2', {}, 'ru').json();
    expect(body.errors).toEqual([
      { field: 'externalRef', message: expect.stringMatching(/^Слишком большое значение/) },
      { field: 'quantity', message: expect.stringMatching(/^Слишком маленькое значение/) },
      { field: 'note', message: 'A note is at most 3 characters.' },
    ]);
    expect(body.detailEn).toMatch(/does not match the documented schema/);
  });
});

describe('a schema’s own words for a wrong field of the partner API', () => {
  const tooShort = () => {
    try {
      parseWith(ZCancelPartnerOrderInput, { reason: 'no' }, 'body');
    } catch (error) {
      if (isApiProblem(error)) return error;
      throw error;
    }
    throw new Error('the body was taken');
  };

  it('are English by default and the catalogue’s Russian to Accept-Language: ru', async () => {
    expect((await problemResponse(tooShort(), 'req-3').json()).errors).toEqual([
      { field: 'reason', message: 'Say why the order is cancelled (at least 3 characters).' },
    ]);
    expect((await problemResponse(tooShort(), 'req-3', {}, 'ru').json()).errors).toEqual([
      { field: 'reason', message: 'Укажите причину отмены заказа (не короче 3 символов).' },
    ]);
  });

  it('say a refused Idempotency-Key in Russian too', async () => {
    const request = new Request('http://localhost/api/v1/orders', {
      method: 'POST',
      headers: { 'idempotency-key': 'has spaces in it' },
    });
    let refusal: unknown;
    try {
      readIdempotencyKey(request);
    } catch (error) {
      refusal = error;
    }
    if (!isApiProblem(refusal)) throw new Error('the key was taken');
    expect((await problemResponse(refusal, 'req-4').json()).errors).toEqual([
      {
        field: 'Idempotency-Key',
        message: 'An Idempotency-Key is printable ASCII without spaces (a UUID is ideal).',
      },
    ]);
    expect((await problemResponse(refusal, 'req-4', {}, 'ru').json()).errors).toEqual([
      {
        field: 'Idempotency-Key',
        message: 'Idempotency-Key состоит из печатных символов ASCII без пробелов (лучше всего — UUID).',
      },
    ]);
  });
});
