import { describe, expect, it, vi } from 'vitest';
import { POST } from './route';

vi.mock('server-only', () => ({}));
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

const post = (headers: Record<string, string> = {}) =>
  POST(new Request('http://facet.test/api/v1/ping', { method: 'POST', headers }), {});

describe('POST /api/v1/ping, a method the path does not take', () => {
  const english = '/api/v1/ping does not take POST; it takes GET.';

  it('is refused naming the methods it takes, in English by default', async () => {
    const response = await post();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
    expect(await response.json()).toMatchObject({ title: 'Method not allowed', detail: english });
  });

  it('is refused in Russian to Accept-Language: ru, the English beside it', async () => {
    const response = await post({ 'accept-language': 'ru' });
    expect(response.headers.get('content-language')).toBe('ru');
    expect(await response.json()).toMatchObject({
      title: 'Метод не поддерживается',
      detail: '/api/v1/ping не принимает метод POST; допустимые методы: GET.',
      detailEn: english,
    });
  });
});
