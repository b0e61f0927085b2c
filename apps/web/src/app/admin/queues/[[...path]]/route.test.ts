import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { GET } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);
// The dashboard itself (bull-board over Redis) is never reached by someone who may not open it.
vi.mock('./queue-board', () => ({
  QUEUE_BOARD_PATH: '/admin/queues',
  queueBoard: () => {
    throw new Error('The dashboard was opened for someone who may not see it');
  },
  withoutExternalFonts: (response: Response) => response,
}));

beforeEach(() => resetFakeRequest());

const SELLER = { id: 'u-2', name: 'Sveta', email: 'sveta@facet.test', role: 'seller' as const };

function open(headers: Record<string, string> = {}) {
  fakeRequest.headers = new Headers(headers);
  return GET(new Request('http://facet.test/admin/queues', { headers }));
}

describe('/admin/queues turns away who is not an administrator, in their language', () => {
  it('tells a seller in English by default', async () => {
    fakeRequest.user = SELLER;
    const response = await open();
    expect(response.status).toBe(403);
    expect(response.headers.get('content-language')).toBe('en');
    expect(await response.text()).toBe(
      'The queue dashboard is for administrators. Ask one if you need access.',
    );
  });

  it('tells a Russian-speaking seller in Russian', async () => {
    fakeRequest.user = { ...SELLER, locale: 'ru' };
    const response = await open({ 'accept-language': 'en' });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-language')).toBe('ru');
    expect(await response.text()).toBe(
      'Панель очередей — только для администраторов. Если вам нужен доступ, обратитесь к администратору.',
    );
  });
});
