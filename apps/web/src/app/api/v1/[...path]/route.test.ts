import { describe, expect, it, vi } from 'vitest';
import { GET } from './route';

vi.mock('server-only', () => ({}));
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

const get = (headers: Record<string, string> = {}) =>
  GET(new Request('http://facet.test/api/v1/invoices', { headers }), {});

describe('a path the partner API does not have', () => {
  const english = 'There is no GET /api/v1/invoices in the partner API; see /api/v1/openapi.json.';

  it('is a 404 problem pointing to the description, in English by default', async () => {
    const response = await get();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ title: 'Not found', detail: english });
  });

  it('is said in Russian to Accept-Language: ru, the English beside it', async () => {
    expect(await (await get({ 'accept-language': 'ru-RU,ru;q=0.9' })).json()).toMatchObject({
      title: 'Не найдено',
      detail: 'В партнёрском API нет GET /api/v1/invoices; все операции описаны в /api/v1/openapi.json.',
      detailEn: english,
    });
  });
});
