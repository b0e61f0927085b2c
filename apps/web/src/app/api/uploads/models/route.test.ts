import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { POST } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/server/db', async () => (await import('@/server/testing/fake-request')).fakeDb);
vi.mock('@/server/storage', async () => (await import('@/server/testing/fake-request')).fakeStorage);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

beforeEach(() => resetFakeRequest());

const SHOPPER = { id: 'u-1', name: 'Vera', email: 'vera@facet.test', role: 'customer' as const };

function upload(init: RequestInit & { headers?: Record<string, string> } = {}) {
  fakeRequest.headers = new Headers(init.headers);
  return POST(
    new Request('http://facet.test/api/uploads/models?name=ring.stl', { method: 'POST', ...init }),
    {},
  );
}

describe('POST /api/uploads/models refuses in the reader’s language', () => {
  it('asks a visitor to sign in, as a session’s refusal (no API key is involved)', async () => {
    const russian = await upload({ body: 'solid x', headers: { 'accept-language': 'ru' } });
    expect(russian.status).toBe(401);
    expect(russian.headers.get('content-type')).toBe('application/problem+json');
    expect(await russian.json()).toMatchObject({
      type: 'https://facet.example/problems/unauthenticated',
      title: 'Вход не выполнен',
      detail: 'Войдите, чтобы продолжить.',
      detailEn: 'Sign in to continue.',
    });
    expect(await (await upload({ body: 'solid x' })).json()).toMatchObject({
      type: 'https://facet.example/problems/unauthenticated',
      title: 'Not authenticated',
      detail: 'Sign in to continue.',
    });
  });

  it('refuses a request without a file, and one declared too large, in Russian', async () => {
    fakeRequest.user = { ...SHOPPER, locale: 'ru' };
    const empty = await upload();
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ detail: 'В запросе нет файла.' });
    const huge = await upload({ body: 'x', headers: { 'content-length': String(2 ** 40) } });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ detail: expect.stringMatching(/^Файл больше \d+ МиБ/) });
  });
});
