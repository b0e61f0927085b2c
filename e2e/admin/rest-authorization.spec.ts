/**
 * Walks every REST route of the web app (every route.ts under apps/web/src/app/api, found on disk, so a
 * new route without a check here fails the first test) with every role and two partners' keys, and
 * checks the exact status each gets. The tRPC procedures behind /api/trpc are walked one by one in
 * packages/api/src/authorization.int.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stackReport } from '../api/support/stack';
import {
  addPartnerKey,
  type E2eDatabase,
  makePartnerModel,
  makePartnerWithKey,
  openStackDatabase,
  pageAs,
} from '../crm/support';
import { ringStl } from '../support/models';
import { type APIRequestContext, type Browser, expect, test } from '../support/test';

const API_DIR = join(import.meta.dirname, '..', '..', 'apps', 'web', 'src', 'app', 'api');
const ROLES = ['customer', 'seller', 'operator', 'admin'] as const;
type Role = (typeof ROLES)[number];
type Who = 'anonymous' | Role;

interface Fixtures {
  as: Record<Who, APIRequestContext>;
  partnerA: { partnerId: string; key: string; modelId: string };
  partnerB: { partnerId: string; key: string; modelId: string };
  customerModelId: string;
}

/** Every route file under app/api, as its URL pattern: `/api/v1/orders/[id]/cancel`. */
function routePatterns(folder = API_DIR): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return routePatterns(path);
    return name === 'route.ts' ? [`/api/${relative(API_DIR, folder).split(sep).join('/')}`] : [];
  });
}

const key = (partner: { key: string }) => ({ authorization: `Bearer ${partner.key}` });
const idempotent = (partner: { key: string }) => ({
  ...key(partner),
  'idempotency-key': crypto.randomUUID(),
});

async function statusOf(response: Promise<{ status(): number }>): Promise<number> {
  return (await response).status();
}

/** Statuses per caller, gathered then compared at once, so a failure shows the whole matrix. */
async function matrix(calls: Record<string, () => Promise<number>>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, call] of Object.entries(calls)) result[name] = await call();
  return result;
}

async function partnerOrder(f: Fixtures, partner: Fixtures['partnerA']): Promise<string> {
  const response = await f.as.anonymous.post('/api/v1/orders', {
    headers: idempotent(partner),
    data: { items: [{ modelId: partner.modelId, alloyCode: 'AG925' }] },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as string;
}

async function partnerEndpoint(f: Fixtures, partner: Fixtures['partnerA']): Promise<string> {
  const response = await f.as.anonymous.post('/api/v1/webhook-endpoints', {
    headers: idempotent(partner),
    data: { url: 'https://partner.example/hooks', description: 'e2e' },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id as string;
}

/** For each route: what every caller gets. Another owner's ids are always answered as not found. */
const CHECKS: Record<string, (f: Fixtures) => Promise<void>> = {
  '/api/auth/[...nextauth]': async (f) => {
    for (const who of ['anonymous', ...ROLES] as const) {
      const response = await f.as[who].get('/api/auth/session');
      expect(response.status()).toBe(200);
      const session = (await response.json()) as { user?: { role?: string } };
      expect(session.user?.role ?? 'anonymous').toBe(who);
    }
  },

  '/api/files': async (f) => {
    // A signed link is the capability: whoever holds a valid one gets the file, nobody gets it without.
    const forged = `/api/files?key=models/x/original&exp=${Date.now() + 60_000}&sig=forged`;
    expect(
      await matrix(
        Object.fromEntries(
          (['anonymous', ...ROLES] as const).map((who) => [who, () => statusOf(f.as[who].get(forged))]),
        ),
      ),
    ).toEqual({ anonymous: 403, customer: 403, seller: 403, operator: 403, admin: 403 });
    const link = await f.as.customer.get(`/api/models/${f.customerModelId}/download`, { maxRedirects: 0 });
    expect(link.status()).toBe(302);
    const location = new URL(link.headers().location!, 'http://x');
    expect(await statusOf(f.as.anonymous.get(`${location.pathname}${location.search}`))).toBe(200);
  },

  '/api/health': async (f) => {
    expect(await statusOf(f.as.anonymous.get('/api/health'))).toBe(200);
  },

  '/api/metrics': async (f) => {
    // Only Prometheus, with the bearer token: no session or partner key opens it.
    const token = { authorization: `Bearer ${stackReport().metricsToken}` };
    expect(
      await matrix({
        ...Object.fromEntries(
          (['anonymous', ...ROLES] as const).map((who) => [
            who,
            () => statusOf(f.as[who].get('/api/metrics')),
          ]),
        ),
        'partner key': () => statusOf(f.as.anonymous.get('/api/metrics', { headers: key(f.partnerA) })),
        'metrics token': () => statusOf(f.as.anonymous.get('/api/metrics', { headers: token })),
      }),
    ).toEqual({
      anonymous: 401,
      customer: 401,
      seller: 401,
      operator: 401,
      admin: 401,
      'partner key': 401,
      'metrics token': 200,
    });
  },

  '/api/models/[modelId]/[file]': async (f) => {
    const own = `/api/models/${f.customerModelId}/original`;
    expect(
      await matrix(
        Object.fromEntries(
          (['anonymous', ...ROLES] as const).map((who) => [who, () => statusOf(f.as[who].get(own))]),
        ),
      ),
    ).toEqual({ anonymous: 401, customer: 200, seller: 200, operator: 200, admin: 200 });
    expect(
      await matrix({
        "customer: a partner's model": () =>
          statusOf(f.as.customer.get(`/api/models/${f.partnerA.modelId}/original`)),
        'customer: no such file': () =>
          statusOf(f.as.customer.get(`/api/models/${f.customerModelId}/secrets`)),
        'customer: no such model': () =>
          statusOf(f.as.customer.get(`/api/models/${crypto.randomUUID()}/original`)),
        'partner key, no session': () =>
          statusOf(
            f.as.anonymous.get(`/api/models/${f.partnerA.modelId}/original`, { headers: key(f.partnerA) }),
          ),
      }),
    ).toEqual({
      "customer: a partner's model": 404,
      'customer: no such file': 404,
      'customer: no such model': 404,
      'partner key, no session': 401,
    });
  },

  '/api/trpc/[trpc]': async (f) => {
    const me = (who: Who) => statusOf(f.as[who].get('/api/trpc/account.get'));
    const users = (who: Who) =>
      statusOf(f.as[who].get('/api/trpc/admin.users.list?input=%7B%22json%22%3A%7B%7D%7D'));
    const clients = (who: Who) =>
      statusOf(f.as[who].get('/api/trpc/crm.clients.search?input=%7B%22json%22%3A%7B%7D%7D'));
    const result: Record<string, number> = {};
    for (const who of ['anonymous', ...ROLES] as const) {
      result[`${who} me`] = await me(who);
      result[`${who} admin.users.list`] = await users(who);
      result[`${who} crm.clients.search`] = await clients(who);
    }
    expect(result).toEqual({
      'anonymous me': 401,
      'anonymous admin.users.list': 401,
      'anonymous crm.clients.search': 401,
      'customer me': 200,
      'customer admin.users.list': 403,
      'customer crm.clients.search': 403,
      'seller me': 200,
      'seller admin.users.list': 403,
      'seller crm.clients.search': 200,
      'operator me': 200,
      'operator admin.users.list': 403,
      'operator crm.clients.search': 403,
      'admin me': 200,
      'admin admin.users.list': 200,
      'admin crm.clients.search': 200,
    });
  },

  '/api/uploads/designs': async (f) => {
    // The session is checked before the design is read: a signed-in role gets as far as reading it.
    const send = (who: Who, headers: Record<string, string> = {}) =>
      statusOf(f.as[who].post('/api/uploads/designs', { headers, data: { design: null } }));
    expect(
      await matrix({
        ...Object.fromEntries((['anonymous', ...ROLES] as const).map((who) => [who, () => send(who)])),
        'partner key, no session': () => send('anonymous', key(f.partnerA)),
      }),
    ).toEqual({
      anonymous: 401,
      customer: 400,
      seller: 400,
      operator: 400,
      admin: 400,
      'partner key, no session': 401,
    });
  },

  '/api/uploads/models': async (f) => {
    const upload = (who: Who) =>
      statusOf(
        f.as[who].post('/api/uploads/models?name=ring.stl', {
          headers: { 'content-type': 'application/octet-stream' },
          data: ringStl(),
        }),
      );
    expect(
      await matrix(
        Object.fromEntries((['anonymous', ...ROLES] as const).map((who) => [who, () => upload(who)])),
      ),
    ).toEqual({ anonymous: 401, customer: 201, seller: 201, operator: 201, admin: 201 });
    expect(
      await statusOf(
        f.as.anonymous.post('/api/uploads/models?name=ring.stl', {
          headers: { ...key(f.partnerA), 'content-type': 'application/octet-stream' },
          data: ringStl(),
        }),
      ),
    ).toBe(401);
  },

  '/api/v1/[...path]': async (f) => {
    expect(
      await matrix({
        'no key': () => statusOf(f.as.anonymous.get('/api/v1/no-such-thing')),
        'partner A': () =>
          statusOf(f.as.anonymous.get('/api/v1/no-such-thing', { headers: key(f.partnerA) })),
      }),
    ).toEqual({ 'no key': 404, 'partner A': 404 });
  },

  '/api/v1/materials': async (f) => {
    expect(
      await matrix({
        'no key': () => statusOf(f.as.anonymous.get('/api/v1/materials')),
        'a seller’s session, no key': () => statusOf(f.as.seller.get('/api/v1/materials')),
        'an admin’s session, no key': () => statusOf(f.as.admin.get('/api/v1/materials')),
        'a malformed key': () =>
          statusOf(f.as.anonymous.get('/api/v1/materials', { headers: { authorization: 'Bearer nope' } })),
        'partner A': () => statusOf(f.as.anonymous.get('/api/v1/materials', { headers: key(f.partnerA) })),
        'partner B': () => statusOf(f.as.anonymous.get('/api/v1/materials', { headers: key(f.partnerB) })),
      }),
    ).toEqual({
      'no key': 401,
      'a seller’s session, no key': 401,
      'an admin’s session, no key': 401,
      'a malformed key': 401,
      'partner A': 200,
      'partner B': 200,
    });
  },

  '/api/v1/models': async (f) => {
    const upload = (headers: Record<string, string>) =>
      statusOf(
        f.as.anonymous.post('/api/v1/models?filename=ring.stl', {
          headers: { ...headers, 'content-type': 'application/octet-stream' },
          data: ringStl(),
        }),
      );
    expect(await matrix({ 'no key': () => upload({}), 'partner A': () => upload(key(f.partnerA)) })).toEqual({
      'no key': 401,
      'partner A': 201,
    });
  },

  '/api/v1/models/[id]': async (f) => {
    const get = (headers: Record<string, string>) =>
      statusOf(f.as.anonymous.get(`/api/v1/models/${f.partnerA.modelId}`, { headers }));
    expect(
      await matrix({
        'no key': () => get({}),
        'partner A (its own model)': () => get(key(f.partnerA)),
        'partner B (A’s model)': () => get(key(f.partnerB)),
        'partner A (a shopper’s model)': () =>
          statusOf(f.as.anonymous.get(`/api/v1/models/${f.customerModelId}`, { headers: key(f.partnerA) })),
      }),
    ).toEqual({
      'no key': 401,
      'partner A (its own model)': 200,
      'partner B (A’s model)': 404,
      'partner A (a shopper’s model)': 404,
    });
  },

  '/api/v1/openapi.json': async (f) => {
    expect(await statusOf(f.as.anonymous.get('/api/v1/openapi.json'))).toBe(200);
  },

  '/api/v1/orders': async (f) => {
    const orderId = await partnerOrder(f, f.partnerA);
    const place = (partner: Fixtures['partnerA'], modelId: string) =>
      statusOf(
        f.as.anonymous.post('/api/v1/orders', {
          headers: idempotent(partner),
          data: { items: [{ modelId, alloyCode: 'AG925' }] },
        }),
      );
    expect(
      await matrix({
        'no key': () => statusOf(f.as.anonymous.post('/api/v1/orders', { data: {} })),
        'partner B with A’s model': () => place(f.partnerB, f.partnerA.modelId),
        'partner A with a shopper’s model': () => place(f.partnerA, f.customerModelId),
        'list, no key': () => statusOf(f.as.anonymous.get('/api/v1/orders')),
      }),
    ).toEqual({
      'no key': 401,
      'partner B with A’s model': 404,
      'partner A with a shopper’s model': 404,
      'list, no key': 401,
    });
    const listOf = async (partner: Fixtures['partnerA']) =>
      (
        (await (await f.as.anonymous.get('/api/v1/orders?limit=100', { headers: key(partner) })).json()) as {
          items: Array<{ id: string }>;
        }
      ).items.map((order) => order.id);
    expect(await listOf(f.partnerA)).toContain(orderId);
    expect(await listOf(f.partnerB)).not.toContain(orderId);
  },

  '/api/v1/orders/[id]': async (f) => {
    const orderId = await partnerOrder(f, f.partnerA);
    const get = (headers: Record<string, string>) =>
      statusOf(f.as.anonymous.get(`/api/v1/orders/${orderId}`, { headers }));
    expect(
      await matrix({
        'no key': () => get({}),
        'partner A': () => get(key(f.partnerA)),
        'partner B': () => get(key(f.partnerB)),
      }),
    ).toEqual({ 'no key': 401, 'partner A': 200, 'partner B': 404 });
  },

  '/api/v1/orders/[id]/cancel': async (f) => {
    const orderId = await partnerOrder(f, f.partnerA);
    const cancel = (partner: Fixtures['partnerA'] | null) =>
      statusOf(
        f.as.anonymous.post(`/api/v1/orders/${orderId}/cancel`, {
          headers: partner ? idempotent(partner) : {},
          data: { reason: 'Changed their mind' },
        }),
      );
    expect(
      await matrix({
        'no key': () => cancel(null),
        'partner B': () => cancel(f.partnerB),
        'partner A': () => cancel(f.partnerA),
      }),
    ).toEqual({ 'no key': 401, 'partner B': 404, 'partner A': 200 });
  },

  '/api/v1/test/orders/[id]/advance': async (f) => {
    // The simulate call is the sandbox's: it takes a test key, and only the order's own partner's.
    const testKeyA = await addPartnerKey(database, f.partnerA.partnerId, 'test');
    const testKeyB = await addPartnerKey(database, f.partnerB.partnerId, 'test');
    const modelId = await makePartnerModel(database, f.partnerA.partnerId, 'test');
    const placed = await f.as.anonymous.post('/api/v1/orders', {
      headers: idempotent({ key: testKeyA }),
      data: { items: [{ modelId, alloyCode: 'AG925' }] },
    });
    expect(placed.status(), await placed.text()).toBe(201);
    const orderId = (await placed.json()).id as string;
    const advance = (headers: Record<string, string>) =>
      statusOf(f.as.anonymous.post(`/api/v1/test/orders/${orderId}/advance`, { headers }));
    const statuses = await matrix({
      'no key': () => advance({}),
      'partner A, live key': () => advance(key(f.partnerA)),
      'partner B, test key': () => advance(key({ key: testKeyB })),
      'partner A, test key': () => advance(key({ key: testKeyA })),
    });
    // The owner's test key reaches the use case: the order moves on, or (not priced yet) cannot yet.
    expect([200, 409]).toContain(statuses['partner A, test key']);
    expect({ ...statuses, 'partner A, test key': 'reached' }).toEqual({
      'no key': 401,
      'partner A, live key': 403,
      'partner B, test key': 404,
      'partner A, test key': 'reached',
    });
  },

  '/api/v1/ping': async (f) => {
    expect(await statusOf(f.as.anonymous.get('/api/v1/ping'))).toBe(200);
  },

  '/api/v1/quotes': async (f) => {
    const quote = (headers: Record<string, string>, modelId: string) =>
      statusOf(f.as.anonymous.post('/api/v1/quotes', { headers, data: { modelId } }));
    expect(
      await matrix({
        'no key': () => quote({}, f.partnerA.modelId),
        'partner A (its own model)': () => quote(key(f.partnerA), f.partnerA.modelId),
        'partner B (A’s model)': () => quote(key(f.partnerB), f.partnerA.modelId),
      }),
    ).toEqual({ 'no key': 401, 'partner A (its own model)': 200, 'partner B (A’s model)': 404 });
  },

  '/api/v1/requests': async (f) => {
    const probe = await f.as.anonymous.get('/api/v1/materials', { headers: key(f.partnerA) });
    const requestId = probe.headers()['x-request-id'];
    expect(probe.status()).toBe(200);
    const idsOf = async (partner: Fixtures['partnerA']) => {
      const response = await f.as.anonymous.get('/api/v1/requests?limit=100', { headers: key(partner) });
      expect(response.status()).toBe(200);
      return ((await response.json()) as { data: Array<{ requestId: string }> }).data.map(
        (row) => row.requestId,
      );
    };
    expect(await statusOf(f.as.anonymous.get('/api/v1/requests'))).toBe(401);
    // The log is written within about a second of the answer.
    await expect.poll(() => idsOf(f.partnerA), { timeout: 10_000 }).toContain(requestId);
    expect(await idsOf(f.partnerB)).not.toContain(requestId);
  },

  '/api/v1/webhook-endpoints': async (f) => {
    const endpointId = await partnerEndpoint(f, f.partnerA);
    const idsOf = async (partner: Fixtures['partnerA']) =>
      (
        (await (await f.as.anonymous.get('/api/v1/webhook-endpoints', { headers: key(partner) })).json()) as {
          items: Array<{ id: string }>;
        }
      ).items.map((endpoint) => endpoint.id);
    expect(await statusOf(f.as.anonymous.get('/api/v1/webhook-endpoints'))).toBe(401);
    expect(await idsOf(f.partnerA)).toContain(endpointId);
    expect(await idsOf(f.partnerB)).not.toContain(endpointId);
  },

  '/api/v1/webhook-endpoints/[id]': async (f) => {
    const endpointId = await partnerEndpoint(f, f.partnerA);
    const path = `/api/v1/webhook-endpoints/${endpointId}`;
    expect(
      await matrix({
        'get, no key': () => statusOf(f.as.anonymous.get(path)),
        'get, partner B': () => statusOf(f.as.anonymous.get(path, { headers: key(f.partnerB) })),
        'patch, partner B': () =>
          statusOf(
            f.as.anonymous.patch(path, { headers: key(f.partnerB), data: { description: 'mine now' } }),
          ),
        'delete, partner B': () => statusOf(f.as.anonymous.delete(path, { headers: key(f.partnerB) })),
        'get, partner A': () => statusOf(f.as.anonymous.get(path, { headers: key(f.partnerA) })),
        'patch, partner A': () =>
          statusOf(f.as.anonymous.patch(path, { headers: key(f.partnerA), data: { description: 'ERP' } })),
        'delete, partner A': () => statusOf(f.as.anonymous.delete(path, { headers: key(f.partnerA) })),
      }),
    ).toEqual({
      'get, no key': 401,
      'get, partner B': 404,
      'patch, partner B': 404,
      'delete, partner B': 404,
      'get, partner A': 200,
      'patch, partner A': 200,
      'delete, partner A': 204,
    });
  },

  '/api/v1/webhook-endpoints/[id]/deliveries': async (f) => {
    const endpointId = await partnerEndpoint(f, f.partnerA);
    const path = `/api/v1/webhook-endpoints/${endpointId}/deliveries`;
    expect(
      await matrix({
        'no key': () => statusOf(f.as.anonymous.get(path)),
        'partner B': () => statusOf(f.as.anonymous.get(path, { headers: key(f.partnerB) })),
        'partner A': () => statusOf(f.as.anonymous.get(path, { headers: key(f.partnerA) })),
      }),
    ).toEqual({ 'no key': 401, 'partner B': 404, 'partner A': 200 });
  },

  '/api/v1/webhook-endpoints/[id]/test': async (f) => {
    const endpointId = await partnerEndpoint(f, f.partnerA);
    const path = `/api/v1/webhook-endpoints/${endpointId}/test`;
    expect(
      await matrix({
        'no key': () => statusOf(f.as.anonymous.post(path)),
        'partner B': () => statusOf(f.as.anonymous.post(path, { headers: key(f.partnerB) })),
        'partner A': () => statusOf(f.as.anonymous.post(path, { headers: key(f.partnerA) })),
      }),
    ).toEqual({ 'no key': 401, 'partner B': 404, 'partner A': 202 });
  },
};

let database: E2eDatabase;
let fixtures: Fixtures;

async function sessionsFor(browser: Browser): Promise<Fixtures['as']> {
  const anonymous = (await browser.newContext()).request;
  const entries = await Promise.all(
    ROLES.map(async (role) => [role, (await pageAs(browser, role)).request] as const),
  );
  return { anonymous, ...Object.fromEntries(entries) } as Fixtures['as'];
}

test.beforeAll(async ({ browser }) => {
  database = await openStackDatabase();
  const stamp = Date.now().toString(36);
  const a = await makePartnerWithKey(database, `REST Partner A ${stamp}`);
  const b = await makePartnerWithKey(database, `REST Partner B ${stamp}`);
  const [customerModel] = await database.sql<{ id: string }[]>`
    select models.id from models join users on users.id = models.owner_user_id
    where users.email = 'customer@facet.local' order by models.created_at limit 1`;
  fixtures = {
    as: await sessionsFor(browser),
    partnerA: { ...a, modelId: await makePartnerModel(database, a.partnerId) },
    partnerB: { ...b, modelId: await makePartnerModel(database, b.partnerId) },
    customerModelId: customerModel!.id,
  };
});
test.afterAll(async () => {
  await database?.close();
});

test('every route under app/api has an authorization check, and no check is for a route that is gone', () => {
  const routes = routePatterns().sort();
  expect(routes.filter((route) => !CHECKS[route])).toEqual([]);
  expect(Object.keys(CHECKS).filter((route) => !routes.includes(route))).toEqual([]);
});

for (const route of routePatterns().sort()) {
  test(`${route} answers each role and each partner exactly as expected`, async () => {
    const check = CHECKS[route];
    if (!check) throw new Error(`No authorization check for ${route}: add one to CHECKS.`);
    await check(fixtures);
  });
}

test('a revoked key is refused on every partner route at once', async () => {
  const revoked = await makePartnerWithKey(database, `REST revoked ${Date.now().toString(36)}`);
  expect(await statusOf(fixtures.as.anonymous.get('/api/v1/materials', { headers: key(revoked) }))).toBe(200);
  await database.sql`update api_keys set revoked_at = now() where partner_id = ${revoked.partnerId}`;
  expect(await statusOf(fixtures.as.anonymous.get('/api/v1/materials', { headers: key(revoked) }))).toBe(401);
});
