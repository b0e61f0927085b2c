import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionUser } from '@facet/auth/session-user';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { useTestDb } from '@facet/testing/db';
import { makeModel, makeUser } from '@facet/testing/factories';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { GET } from './route';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', async () => (await import('@/server/testing/fake-request')).fakeNextHeaders);
vi.mock('@/server/auth', async () => (await import('@/server/testing/fake-request')).fakeAuth);
vi.mock('@/server/db', async () => (await import('@/server/testing/fake-request')).fakeDb);
vi.mock('@/server/storage', async () => (await import('@/server/testing/fake-request')).fakeStorage);
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);

const { db } = useTestDb();
let root: string;
let storage: LocalDiskStorage;
let shopper: SessionUser;
let modelId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'facet-model-files-'));
  storage = new LocalDiskStorage({ root });
  const user = await makeUser(db, { role: 'customer', name: 'Vera' });
  shopper = { id: user.id, name: user.name, email: user.email, role: 'customer' };
  // Uploaded, its previews not made yet.
  const model = await makeModel(db, { ownerUserId: user.id, fileKey: `models/${user.id}/original` });
  await storage.put(model.fileKey, new TextEncoder().encode('solid ring\nendsolid ring\n'));
  modelId = model.id;
});
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => {
  resetFakeRequest();
  Object.assign(fakeRequest, { db, storage });
});

function get(file: string, headers: Record<string, string> = {}, id = modelId) {
  fakeRequest.headers = new Headers(headers);
  return GET(new Request(`http://facet.test/api/models/${id}/${file}`, { headers }), {
    params: Promise.resolve({ modelId: id, file }),
  });
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

describe('GET /api/models/{id}/{file} refuses in the reader’s language', () => {
  it('serves the original to its owner', async () => {
    fakeRequest.user = shopper;
    const response = await get('original');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('solid ring');
  });

  it('asks a visitor to sign in, in Russian to a Russian browser', async () => {
    expect(await refusal(await get('original', { 'accept-language': 'ru' }))).toMatchObject({
      status: 401,
      language: 'ru',
      body: {
        title: 'Вход не выполнен',
        detail: 'Войдите, чтобы открыть этот файл.',
        detailEn: 'Sign in to see this file.',
      },
    });
    expect((await refusal(await get('original'))).body).toMatchObject({
      status: 401,
      title: 'Not authenticated',
      detail: 'Sign in to see this file.',
    });
  });

  it('says a preview is still being made, in the shopper’s chosen language', async () => {
    fakeRequest.user = { ...shopper, locale: 'ru' };
    for (const file of ['preview.png', 'preview.glb']) {
      expect(await refusal(await get(file, { 'accept-language': 'en' }))).toMatchObject({
        status: 404,
        language: 'ru',
        body: {
          title: 'Не найдено',
          detail: 'Превью ещё готовится.',
          detailEn: 'The preview is still being made.',
        },
      });
    }
    fakeRequest.user = shopper;
    expect((await refusal(await get('preview.png'))).body).toMatchObject({
      detail: 'The preview is still being made.',
    });
  });

  it('names a file a model does not have, in Russian', async () => {
    fakeRequest.user = shopper;
    expect(await refusal(await get('thumbnail.jpg', { 'accept-language': 'ru' }))).toMatchObject({
      status: 404,
      body: {
        detail: 'У модели нет файла «thumbnail.jpg».',
        detailEn: 'No file "thumbnail.jpg" for a model.',
      },
    });
  });

  it('does not find another shopper’s model, in Russian', async () => {
    const other = await makeUser(db, { role: 'customer' });
    fakeRequest.user = { id: other.id, name: other.name, email: other.email, role: 'customer' };
    expect(await refusal(await get('original', { 'accept-language': 'ru' }))).toMatchObject({
      status: 404,
      language: 'ru',
      body: { title: 'Не найдено' },
    });
  });
});
