import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { GET } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);
// A batch too large is refused before any procedure runs, so before any context is made.
vi.mock('@/server/api-context', () => ({
  createApiContext: () => {
    throw new Error('A refused batch made a context');
  },
}));

beforeEach(() => resetFakeRequest());

function batchOf(calls: number, headers: Record<string, string> = {}) {
  fakeRequest.headers = new Headers(headers);
  const procedures = Array.from({ length: calls }, () => 'shop.catalog.listAlloys').join(',');
  return GET(new Request(`http://facet.test/api/trpc/${procedures}?batch=1&input={}`, { headers }), {});
}

describe('/api/trpc refuses a batch of too many calls in the caller’s language', () => {
  it('says so in English by default, with the limit', async () => {
    const response = await batchOf(21);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      status: 413,
      detail: 'A batch carries at most 20 calls; this one has 21.',
      limitCalls: 20,
    });
  });

  it('says so in Russian to a Russian browser, the English beside it', async () => {
    const response = await batchOf(25, { 'accept-language': 'ru' });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-language')).toBe('ru');
    expect(await response.json()).toMatchObject({
      detail: 'В пакете может быть не больше 20 вызовов, а в этом — 25.',
      detailEn: 'A batch carries at most 20 calls; this one has 25.',
      limitCalls: 20,
    });
  });
});
