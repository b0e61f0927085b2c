import { describe, expect, it } from 'vitest';
import { apiVersionOf } from './api-version';
import { isApiProblem, problemResponse } from './problem';

async function refusal(asked: string) {
  let refused: unknown;
  try {
    apiVersionOf(
      new Request('http://localhost/api/v1/orders', { headers: { 'facet-version': asked } }),
      null,
    );
  } catch (error) {
    refused = error;
  }
  if (!isApiProblem(refused)) throw new Error(`${asked} was taken`);
  return {
    en: await problemResponse(refused, 'req-1').json(),
    ru: await problemResponse(refused, 'req-1', {}, 'ru').json(),
  };
}

describe('an unknown Facet-Version', () => {
  it('is refused naming the known versions, in English by default and in Russian, its field too', async () => {
    const { en, ru } = await refusal('2024-01-01');
    expect(en).toMatchObject({
      status: 400,
      detail: expect.stringMatching(
        /^Facet-Version: 2024-01-01 is not a version of this API\. Known versions: \d/,
      ),
      errors: [{ field: 'Facet-Version', message: en.detail }],
    });
    expect(ru.detail).toMatch(/^Facet-Version: 2024-01-01 — не версия этого API\. Известные версии: \d/);
    expect(ru).toMatchObject({
      title: 'Неизвестная версия API',
      detailEn: en.detail,
      errors: [{ field: 'Facet-Version', message: ru.detail }],
      knownVersions: en.knownVersions,
    });
  });
});
