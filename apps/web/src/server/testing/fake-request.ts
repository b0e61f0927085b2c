import type { SessionUser } from '@facet/auth/session-user';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';

/**
 * For tests that call a route handler as Next would: what the request knows beyond its own headers
 * (who is signed in, the language cookie) and the process's pool, storage and settings. A test file
 * mocks the web app's modules with these (`vi.mock('@/server/auth', async () => (await
 * import('@/server/testing/fake-request')).fakeAuth)`), then sets `fakeRequest` per test.
 */
export const fakeRequest: {
  user: SessionUser | null;
  /** The request's headers as `next/headers` gives them to server code. */
  headers: Headers;
  cookies: Record<string, string>;
  db: Db | null;
  storage: ObjectStorage | null;
} = { user: null, headers: new Headers(), cookies: {}, db: null, storage: null };

/** Back to a visitor with no session, no cookie and no headers. */
export function resetFakeRequest(): void {
  Object.assign(fakeRequest, { user: null, headers: new Headers(), cookies: {}, db: null, storage: null });
}

/** `next/headers`: the fake request's headers and cookies. */
export const fakeNextHeaders = {
  headers: async () => fakeRequest.headers,
  cookies: async () => ({
    get: (name: string) =>
      fakeRequest.cookies[name] === undefined ? undefined : { name, value: fakeRequest.cookies[name] },
  }),
};

/** `@/server/auth`: the fake request's user. */
export const fakeAuth = {
  getSessionUser: async () => fakeRequest.user,
};

function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`This test gave the route no ${what}`);
  return value;
}

/** `@/server/db`: the test's database. */
export const fakeDb = {
  getDb: () => required(fakeRequest.db, 'database'),
  getReadDb: () => required(fakeRequest.db, 'database'),
};

/** `@/server/partner-api/partner-db`: the test's database. */
export const fakePartnerDb = {
  getPartnerDb: () => required(fakeRequest.db, 'database'),
};

/** `@/server/storage`: the test's storage. */
export const fakeStorage = {
  getStorage: () => required(fakeRequest.storage, 'storage'),
};

/** `@/env`: settings enough for the routes' wrappers (quiet logs, every surface served, a secret). */
export const fakeEnv = {
  env: () => ({
    FACET_ROLE: 'all',
    LOG_LEVEL: 'fatal',
    NEXTAUTH_SECRET: 'a-test-secret-of-at-least-32-characters',
  }),
};
