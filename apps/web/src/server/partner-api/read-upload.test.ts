import { describe, expect, it } from 'vitest';
import { isApiProblem, problemResponse } from './problem';
import { readModelUpload } from './read-upload';

/** The problem the upload is refused with, as the partner API answers it in `locale`. */
async function refusal(request: Request, locale: 'en' | 'ru') {
  const error = await readModelUpload(request, 1024 * 1024).then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isApiProblem(error)) throw new Error(`Not refused with a problem: ${String(error)}`);
  const response = problemResponse(error, 'req-1', {}, locale);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a partner’s model upload without a file', () => {
  it('is refused saying so in Russian to Accept-Language: ru, in English by default', async () => {
    const request = () => new Request('http://facet.test/api/v1/models', { method: 'POST' });
    expect(await refusal(request(), 'ru')).toMatchObject({
      status: 400,
      body: { detail: 'В запросе нет файла.', detailEn: 'The request carried no file.' },
    });
    expect((await refusal(request(), 'en')).body).toMatchObject({ detail: 'The request carried no file.' });
  });

  it('is refused saying a multipart body has no "file" part, in Russian', async () => {
    const form = new FormData();
    form.append('name', 'ring');
    const request = () => new Request('http://facet.test/api/v1/models', { method: 'POST', body: form });
    expect(await refusal(request(), 'ru')).toMatchObject({
      status: 400,
      body: {
        detail: 'В теле multipart/form-data нет части «file».',
        errors: [{ field: 'file', message: 'Обязательное поле.' }],
      },
    });
    expect((await refusal(request(), 'en')).body).toMatchObject({
      detail: 'The multipart body has no "file" part.',
      errors: [{ field: 'file', message: 'Required.' }],
    });
  });
});

describe('a partner’s model upload the API cannot read', () => {
  const post = (headers: Record<string, string>, body: BodyInit = new Uint8Array([1, 2, 3])) =>
    new Request('http://facet.test/api/v1/models', { method: 'POST', headers, body });

  it('in a type it does not take is refused naming the type, in English and in Russian', async () => {
    const request = () => post({ 'content-type': 'application/json' });
    const english =
      'Send the model as the raw body ("Content-Type: application/octet-stream") or as multipart/form-data with a "file" field (got "application/json").';
    expect(await refusal(request(), 'en')).toMatchObject({ status: 415, body: { detail: english } });
    expect(await refusal(request(), 'ru')).toMatchObject({
      status: 415,
      body: {
        title: 'Неподдерживаемый тип содержимого',
        detail:
          'Передайте модель телом запроса ("Content-Type: application/octet-stream") или как multipart/form-data с полем «file», а не "application/json".',
        detailEn: english,
      },
    });
  });

  it('with a Content-Disposition that does not parse is refused with an example, in either language', async () => {
    const request = () =>
      post({
        'content-type': 'application/octet-stream',
        'content-disposition': 'attachment; filename*=bogus',
      });
    expect((await refusal(request(), 'en')).body).toMatchObject({
      detail: 'The Content-Disposition header could not be read.',
      errors: [{ field: 'Content-Disposition', message: expect.stringMatching(/^Send e\.g\. attachment;/) }],
    });
    expect((await refusal(request(), 'ru')).body).toMatchObject({
      detail: 'Не удалось прочитать заголовок Content-Disposition.',
      detailEn: 'The Content-Disposition header could not be read.',
      errors: [
        {
          field: 'Content-Disposition',
          message: `Передайте, например, attachment; filename="ring.stl" или attachment; filename*=UTF-8''ring%20%E2%84%961.stl.`,
        },
      ],
    });
  });

  it('as a broken multipart body is refused in Russian, busboy’s English kept in detailEn', async () => {
    const request = () =>
      post(
        { 'content-type': 'multipart/form-data; boundary=x' },
        '--x\r\nContent-Disposition: form-data; name="file"; filename="ring.stl"',
      );
    const english = await refusal(request(), 'en');
    expect(english).toMatchObject({ status: 400 });
    expect(english.body.detail).toMatch(/^The multipart body could not be read: ./);
    expect((await refusal(request(), 'ru')).body).toMatchObject({
      detail: 'Не удалось прочитать тело multipart/form-data.',
      detailEn: english.body.detail,
    });
  });
});
