/**
 * Dated API versions and the partner's request log, through the typed client (`@facet/partner-client`)
 * and plain fetch against the production build.
 */
import { randomUUID } from 'node:crypto';
import { API_VERSION } from '@facet/partner-client';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { expectProblem } from './support/contract';
import { closeDb, createTestPartner, issueAnotherKey } from './support/partners';
import { apiUrl } from './support/stack';

test.afterAll(closeDb);

const bearer = (key: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${key}`,
  ...extra,
});

test('a key answers in the version it was pinned to; an unknown version is a 400 naming the known ones', async () => {
  const partner = await createTestPartner({ name: 'Versioned' });
  // No Facet-Version: the key's pinned version, which is the one current when it was issued.
  const pinned = await fetch(apiUrl('/materials'), { headers: bearer(partner.key) });
  expect(pinned.status).toBe(200);
  expect(pinned.headers.get('facet-version')).toBe(API_VERSION);

  // The typed client asks for the version it was generated from, and the answer says so.
  const { response } = await partnerClient(partner.key).GET('/materials');
  expect(response.headers.get('facet-version')).toBe(API_VERSION);

  for (const asked of ['2019-04-01', 'latest']) {
    const refused = await fetch(apiUrl('/materials'), {
      headers: bearer(partner.key, { 'facet-version': asked }),
    });
    const problem = await expectProblem('GET', '/materials', refused, 'unknown-api-version', 400);
    expect(problem.knownVersions).toEqual([API_VERSION]);
    expect(problem.detail).toContain(`Known versions: ${API_VERSION}`);
  }
  const docs = (await (await fetch(apiUrl('/openapi.json'))).json()) as {
    info: { version: string; description: string };
  };
  expect(docs.info.version).toBe(API_VERSION);
  expect(docs.info.description).toContain(`\`${API_VERSION}\` —`);
});

test('the request log keeps 2xx, 4xx and 429 answers without bodies, and shows a partner only its own', async () => {
  const testStartedAt = Date.now();
  const partner = await createTestPartner({ name: 'Logged' });
  const other = await createTestPartner({ name: 'Logged other' });
  const bodyOnly = `body-only-${randomUUID()}`;
  const idempotencyKey = randomUUID();

  const ok = await fetch(apiUrl('/materials'), { headers: bearer(partner.key) });
  const missing = await fetch(apiUrl(`/orders/${randomUUID()}`), { headers: bearer(partner.key) });
  const refused = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: bearer(partner.key, { 'content-type': 'application/json', 'idempotency-key': idempotencyKey }),
    body: JSON.stringify({ externalRef: bodyOnly, items: [] }),
  });
  expect([ok.status, missing.status, refused.status]).toEqual([200, 404, 400]);
  // Past the standard tier's 120 requests a minute for this key.
  const burst = await Promise.all(
    Array.from({ length: 125 }, () => fetch(apiUrl('/materials'), { headers: bearer(partner.key) })),
  );
  await Promise.all(burst.map((response) => response.arrayBuffer()));
  const limited = burst.find((response) => response.status === 429);
  expect(limited).toBeDefined();
  const ids = {
    [ok.headers.get('x-request-id')!]: { status: 200, method: 'GET', route: '/api/v1/materials' },
    [missing.headers.get('x-request-id')!]: { status: 404, method: 'GET', route: '/api/v1/orders/{id}' },
    [refused.headers.get('x-request-id')!]: { status: 400, method: 'POST', route: '/api/v1/orders' },
    [limited!.headers.get('x-request-id')!]: { status: 429, method: 'GET', route: '/api/v1/materials' },
  };

  // The first key's budget is spent: the partner reads its log with a second key of its own.
  const reader = partnerClient(await issueAnotherKey(partner));
  type Query = { status?: string; route?: string };
  /** Every page of the partner's log (with the filters), following nextCursor. */
  const readAll = async (query: Query = {}) => {
    const rows = [];
    let cursor: string | undefined;
    do {
      const { data, response } = await reader.GET('/requests', {
        params: { query: { ...query, limit: 100, ...(cursor ? { cursor } : {}) } },
      });
      expect(response.status).toBe(200);
      rows.push(...data!.data);
      cursor = data!.nextCursor ?? undefined;
    } while (cursor);
    return rows;
  };
  await expect
    .poll(async () => (await readAll()).filter((row) => row.requestId in ids).length, { timeout: 10_000 })
    .toBe(4);
  const all = await readAll();
  for (const row of all.filter((entry) => entry.requestId in ids)) {
    expect(row).toMatchObject({ ...ids[row.requestId], mode: 'live', apiVersion: API_VERSION });
    expect(row.keyPrefix).toBe(partner.key.slice(0, 13));
    // Whole milliseconds, within the test's own time (a duration in seconds or microseconds fails).
    expect(Number.isInteger(row.durationMs)).toBe(true);
    expect(row.durationMs).toBeLessThan(Date.now() - testStartedAt);
    expect(row.idempotencyKey).toBe(row.status === 400 ? idempotencyKey : null);
  }
  // Never a body, nor a key.
  const raw = JSON.stringify(all);
  expect(raw).not.toContain(bodyOnly);
  expect(raw).not.toContain(partner.key);

  // Filters: a class, an exact status, a route.
  const filtered = async (query: Query) =>
    new Set((await readAll(query)).filter((row) => row.requestId in ids).map((row) => row.status));
  expect(await filtered({ status: '4xx' })).toEqual(new Set([404, 400, 429]));
  expect(await filtered({ status: '429' })).toEqual(new Set([429]));
  expect(await filtered({ route: '/api/v1/orders' })).toEqual(new Set([400]));

  // Another partner sees none of them.
  const { data: theirs } = await partnerClient(other.key).GET('/requests', {
    params: { query: { limit: 100 } },
  });
  expect(theirs!.data.some((row) => row.requestId in ids)).toBe(false);
});
