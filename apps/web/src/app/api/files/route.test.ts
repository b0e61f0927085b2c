import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { signDownload } from '@facet/core/storage/url-signature';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEnv, fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { GET } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/server/storage', async () => (await import('@/server/testing/fake-request')).fakeStorage);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

const SECRET = fakeEnv.env().NEXTAUTH_SECRET;
const KEY = 'models/0190f0c4-0000-7000-8000-000000000000/original';
let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'facet-files-'));
  storage = new LocalDiskStorage({ root, signingSecret: SECRET });
  await storage.put(KEY, new TextEncoder().encode('solid ring\nendsolid ring\n'));
});
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => {
  resetFakeRequest();
  fakeRequest.storage = storage;
});

function get(path: string, headers: Record<string, string> = {}) {
  fakeRequest.headers = new Headers(headers);
  return GET(new Request(new URL(path, 'http://facet.test'), { headers }), {});
}

/** A link to the file that expired a minute ago, signed as a real one was. */
function expiredLink(): string {
  const expiresAt = Math.floor(Date.now() / 1000) - 60;
  const query = new URLSearchParams({
    key: KEY,
    exp: String(expiresAt),
    sig: signDownload(SECRET, KEY, expiresAt),
  });
  return `/api/files?${query}`;
}

describe('GET /api/files', () => {
  it('serves the file to whoever holds a valid link', async () => {
    const response = await get(
      await storage.signedDownloadUrl(KEY, { expiresInS: 60, fileName: 'ring.stl' }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('solid ring');
  });

  it('says an expired or forged link is no good in Russian to a Russian reader, in English otherwise', async () => {
    for (const link of [expiredLink(), `/api/files?key=${KEY}&exp=${Date.now()}&sig=forged`]) {
      const russian = await get(link, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' });
      expect(russian.status).toBe(403);
      expect(russian.headers.get('content-type')).toBe('application/problem+json');
      expect(russian.headers.get('content-language')).toBe('ru');
      expect(await russian.json()).toMatchObject({
        status: 403,
        title: 'Доступ запрещён',
        detail:
          'Ссылка на скачивание недействительна или устарела. Откройте заказ снова, чтобы получить новую.',
        detailEn: 'This download link is invalid or has expired. Open the order again for a new one.',
      });
    }
    const english = await get(expiredLink());
    expect(english.status).toBe(403);
    expect(await english.json()).toMatchObject({
      title: 'Forbidden',
      detail: 'This download link is invalid or has expired. Open the order again for a new one.',
    });
  });

  it('follows the language cookie of a visitor without a session', async () => {
    fakeRequest.cookies = { NEXT_LOCALE: 'ru' };
    const response = await get(expiredLink(), { 'accept-language': 'en' });
    expect(response.headers.get('content-language')).toBe('ru');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/^Ссылка на скачивание/);
  });
});
