import { ZCancelPartnerOrderInput } from '@facet/core/partners/cancel-partner-order';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readIdempotencyKey } from './idempotency';
import { parseWith, readJsonBody } from './parse';
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
    expect(body.detailEn).toBe('The request body does not match the documented schema.');
    expect(body.detail).toBe('Тело запроса не соответствует описанной схеме.');
  });

  it('says which part of the request is wrong, in English by default and in Russian', async () => {
    const refusedQuery = () => {
      try {
        parseWith(ZOrder, {}, 'query');
      } catch (error) {
        if (isApiProblem(error)) return error;
        throw error;
      }
      throw new Error('the query was taken');
    };
    expect((await problemResponse(refusedQuery(), 'req-1').json()).detail).toBe(
      'The request query parameters do not match the documented schema.',
    );
    expect((await problemResponse(refusedQuery(), 'req-1', {}, 'ru').json()).detail).toBe(
      'Параметры строки запроса (query) не соответствуют описанной схеме.',
    );
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

/** The problem `run` is refused with, as the partner API answers it in English and in Russian. */
async function saidBoth(run: () => unknown) {
  let refusal: unknown;
  try {
    await run();
  } catch (error) {
    refusal = error;
  }
  if (!isApiProblem(refusal)) throw new Error(`Not refused with a problem: ${String(refusal)}`);
  return {
    en: await problemResponse(refusal, 'req-5').json(),
    ru: await problemResponse(refusal, 'req-5', {}, 'ru').json(),
  };
}

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/v1/orders', { method: 'POST', body, headers });

describe('a body the partner API cannot read', () => {
  it('that is not sent as JSON is refused naming the type, in Russian to Accept-Language: ru', async () => {
    const { en, ru } = await saidBoth(() => readJsonBody(post('a=1', { 'content-type': 'text/plain' })));
    expect(en).toMatchObject({
      status: 415,
      title: 'Unsupported media type',
      detail: 'Send the body as JSON with "Content-Type: application/json" (got "text/plain").',
    });
    expect(en).not.toHaveProperty('detailEn');
    expect(ru).toMatchObject({
      status: 415,
      title: 'Неподдерживаемый тип содержимого',
      detail:
        'Передайте тело запроса в формате JSON с заголовком "Content-Type: application/json", а не "text/plain".',
      detailEn: en.detail,
    });
    // Bytes, not a string: a string body would be given a text/plain Content-Type.
    const untyped = await saidBoth(() => readJsonBody(post(new TextEncoder().encode('{}'))));
    expect(untyped.en.detail).toBe('Send the body as JSON with "Content-Type: application/json".');
    expect(untyped.ru.detail).toBe(
      'Передайте тело запроса в формате JSON с заголовком "Content-Type: application/json".',
    );
  });

  it('that is empty is refused in either language', async () => {
    const { en, ru } = await saidBoth(() => readJsonBody(post('  ', { 'content-type': 'application/json' })));
    expect(en).toMatchObject({ status: 400, detail: 'The body is empty; send a JSON object.' });
    expect(ru).toMatchObject({
      title: 'Некорректный JSON',
      detail: 'Тело запроса пустое; передайте JSON-объект.',
      detailEn: 'The body is empty; send a JSON object.',
    });
  });

  it('that is not JSON keeps the parser’s English words beside the Russian', async () => {
    const { en, ru } = await saidBoth(() =>
      readJsonBody(post('{"items": [}', { 'content-type': 'application/json' })),
    );
    expect(en.detail).toMatch(/^The body is not valid JSON: ./);
    expect(ru).toMatchObject({ detail: 'Тело запроса — некорректный JSON.', detailEn: en.detail });
  });
});

describe('an Idempotency-Key the partner API cannot take', () => {
  const withKey = (headers: Record<string, string>) => () => readIdempotencyKey(post(null, headers));

  it('that is missing is asked for in English by default and in Russian, its field too', async () => {
    const { en, ru } = await saidBoth(withKey({}));
    expect(en).toMatchObject({
      status: 400,
      title: 'Idempotency-Key missing',
      detail:
        'This operation needs an "Idempotency-Key" header: a unique value per order you place (a UUID is ideal). Send the same key when you retry.',
      errors: [{ field: 'Idempotency-Key', message: 'Required.' }],
    });
    expect(ru).toMatchObject({
      title: 'Нет Idempotency-Key',
      detail:
        'Этой операции нужен заголовок "Idempotency-Key": своё уникальное значение для каждого размещаемого заказа (лучше всего — UUID). При повторе запроса передайте тот же ключ.',
      detailEn: en.detail,
      errors: [{ field: 'Idempotency-Key', message: 'Обязательное поле.' }],
    });
  });

  it('that is not valid says why in its detail, in either language', async () => {
    const { en, ru } = await saidBoth(withKey({ 'idempotency-key': 'has spaces in it' }));
    expect(en.detail).toBe('An Idempotency-Key is printable ASCII without spaces (a UUID is ideal).');
    expect(ru).toMatchObject({
      detail: 'Idempotency-Key состоит из печатных символов ASCII без пробелов (лучше всего — UUID).',
      detailEn: en.detail,
    });
  });
});
