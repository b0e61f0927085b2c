import { describe, expect, it } from 'vitest';
import { z } from 'zod';
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
