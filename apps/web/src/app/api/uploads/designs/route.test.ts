import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { POST } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/server/db', async () => (await import('@/server/testing/fake-request')).fakeDb);
vi.mock('@/server/storage', async () => (await import('@/server/testing/fake-request')).fakeStorage);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

const SHOPPER = { id: 'u-1', name: 'Vera', email: 'vera@facet.test', role: 'customer' as const };

function send(body: unknown, headers: Record<string, string> = {}) {
  fakeRequest.headers = new Headers(headers);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return POST(
    new Request('http://facet.test/api/uploads/designs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: text,
    }),
    {},
  );
}

/** The answer's status, language and problem body. */
async function refusal(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return {
    status: response.status,
    language: response.headers.get('content-language'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

/** A band far wider than the constructor makes. */
const TOO_WIDE = {
  design: {
    version: 1,
    piece: {
      kind: 'band',
      size: { system: 'EU', value: 54 },
      profile: 'flat',
      widthMm: 40,
      thicknessMm: 1.6,
    },
    setting: null,
    engraving: null,
  },
};

beforeEach(() => resetFakeRequest());

describe('POST /api/uploads/designs refuses in the reader’s language', () => {
  it('asks a visitor to sign in, in Russian to a Russian browser and in English otherwise', async () => {
    const russian = await refusal(await send(TOO_WIDE, { 'accept-language': 'ru-RU,ru;q=0.9' }));
    expect(russian).toMatchObject({
      status: 401,
      language: 'ru',
      body: {
        title: 'Вход не выполнен',
        detail: 'Войдите, чтобы заказать изделие.',
        detailEn: 'Sign in to order a piece.',
        type: 'https://facet.example/problems/unauthenticated',
      },
    });
    const english = await refusal(await send(TOO_WIDE));
    expect(english).toMatchObject({
      status: 401,
      language: 'en',
      body: { title: 'Not authenticated', detail: 'Sign in to order a piece.' },
    });
    expect(english.body).not.toHaveProperty('detailEn');
  });

  it('says a design it cannot read is unreadable, in the shopper’s own language over the browser’s', async () => {
    fakeRequest.user = { ...SHOPPER, locale: 'ru' };
    const russian = await refusal(await send('{"design": 12', { 'accept-language': 'en' }));
    expect(russian).toMatchObject({
      status: 400,
      language: 'ru',
      body: {
        detail: 'Не удалось прочитать изделие, собранное в конструкторе.',
        title: 'Недопустимое значение',
      },
    });
    fakeRequest.user = { ...SHOPPER, locale: 'en' };
    expect((await refusal(await send({ design: null }))).body).toMatchObject({
      status: 400,
      detail: 'The design could not be read.',
    });
  });

  it('refuses a body over its limit in Russian, with the limit', async () => {
    fakeRequest.user = SHOPPER;
    const russian = await refusal(await send('x'.repeat(17 * 1024), { 'accept-language': 'ru' }));
    expect(russian).toMatchObject({
      status: 413,
      language: 'ru',
      body: {
        detail: 'Тело запроса больше 16 КиБ, а больше этот адрес не принимает.',
        detailEn: 'The request body is larger than the 16 KiB this address accepts.',
        limitBytes: 16 * 1024,
      },
    });
  });

  it('answers a design the constructor’s rules refuse with its problems, in Russian', async () => {
    fakeRequest.user = SHOPPER;
    // Handed to the use case, never used: the rules refuse the design before anything is stored.
    fakeRequest.db = {} as Db;
    fakeRequest.storage = {} as ObjectStorage;
    const russian = await refusal(await send(TOO_WIDE, { 'accept-language': 'ru' }));
    expect(russian.status).toBe(422);
    expect(russian.language).toBe('ru');
    expect(russian.body.detail).toMatch(/[а-яё]{4,}/i);
    expect(russian.body.title).toBe('Такое изделие изготовить нельзя');
    expect(russian.body.problems).toEqual([expect.objectContaining({ control: expect.any(String) })]);
    const english = await refusal(await send(TOO_WIDE));
    expect(english.body.detail).not.toMatch(/[а-яё]/i);
    expect(english.body.title).toBe('design cannot be made');
  });
});
