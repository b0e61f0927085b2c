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
        errors: [{ field: 'file', message: 'Required.' }],
      },
    });
  });
});
