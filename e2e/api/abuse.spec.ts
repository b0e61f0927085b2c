import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { metricValue } from '@facet/testing/metrics';
import { budget, WAIT } from '../support/budgets';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { expectDocumented, expectProblem } from './support/contract';
import { placeOrder, uploadAnalysedModel } from './support/journey';
import { boxStl } from './support/models';
import { closeDb, createTestPartner, issueAnotherKey, revokeKey, type TestPartner } from './support/partners';
import { apiUrl, scrapeWebMetrics, stackReport } from './support/stack';

test.afterAll(closeDb);

let lumen: TestPartner;
let rival: TestPartner;

test.beforeAll(async () => {
  lumen = await createTestPartner({ name: 'Abuse Lumen', tier: 'premium' });
  rival = await createTestPartner({ name: 'Abuse Rival', tier: 'premium' });
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

test('no key, a malformed key, an unknown key and a revoked key are each refused as documented', async () => {
  const noKey = await fetch(apiUrl('/orders'));
  const body = await expectProblem('GET', '/orders', noKey, 'missing-api-key', 401);
  expect(body.requestId).toBe(noKey.headers.get('x-request-id'));
  expect(noKey.headers.get('www-authenticate')).toContain('Bearer');

  await expectProblem(
    'GET',
    '/orders',
    await fetch(apiUrl('/orders'), { headers: bearer('not-a-key') }),
    'invalid-api-key',
    401,
  );
  await expectProblem(
    'GET',
    '/orders',
    await fetch(apiUrl('/orders'), { headers: { authorization: 'Basic abc' } }),
    'invalid-api-key',
    401,
  );
  const unknown = `fct_live_${'0'.repeat(32)}`;
  await expectProblem(
    'GET',
    '/orders',
    await fetch(apiUrl('/orders'), { headers: bearer(unknown) }),
    'invalid-api-key',
    401,
  );

  const doomed = await createTestPartner({ name: 'Revoked' });
  expect((await fetch(apiUrl('/materials'), { headers: bearer(doomed.key) })).status).toBe(200);
  await revokeKey(doomed.apiKeyId);
  const revoked = await fetch(apiUrl('/materials'), { headers: bearer(doomed.key) });
  await expectProblem('GET', '/materials', revoked, 'revoked-api-key', 401);
});

test('a key without the scope is refused with 403', async () => {
  const readOnly = await issueAnotherKey(lumen, ['orders:read']);
  const response = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: { ...bearer(readOnly), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: '{}',
  });
  const problem = await expectProblem('POST', '/orders', response, 'insufficient-scope', 403);
  expect(problem.requiredScope).toBe('orders:write');
});

test("another partner's models, orders and webhook endpoints are not found", async () => {
  // The worker analyses the model.
  test.setTimeout(budget(WAIT.pipeline));
  const own = partnerClient(lumen.key);
  const modelId = await uploadAnalysedModel(own);
  const order = await placeOrder(own, modelId);
  const endpoint = await own.POST('/webhook-endpoints', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { url: 'http://127.0.0.1:9/hooks' },
  });

  const other = partnerClient(rival.key);
  for (const { response, error } of [
    await other.GET('/orders/{id}', { params: { path: { id: order.id } } }),
    await other.GET('/models/{id}', { params: { path: { id: modelId } } }),
    await other.GET('/webhook-endpoints/{id}', { params: { path: { id: endpoint.data!.id } } }),
    await other.GET('/orders/{id}', { params: { path: { id: 'not-even-a-uuid' } } }),
  ]) {
    expect(response.status).toBe(404);
    expect(error?.type).toBe('https://facet.example/problems/not-found');
  }
  const cancel = await other.POST('/orders/{id}/cancel', {
    params: { path: { id: order.id }, header: { 'Idempotency-Key': randomUUID() } },
    body: { reason: 'Not yours to cancel' },
  });
  expect(cancel.response.status).toBe(404);
  const steal = await other.POST('/orders', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { items: [{ modelId, alloyCode: 'AG925', finish: 'polished', scale: 1, quantity: 1 }] },
  });
  expect(steal.response.status).toBe(404);
  const list = await other.GET('/orders', { params: { query: { limit: 100 } } });
  expect(list.data?.items.map((item) => item.id)).not.toContain(order.id);
});

test('malformed JSON, a wrong content type, bad fields and a missing Idempotency-Key are refused', async () => {
  const headers = { ...bearer(lumen.key), 'idempotency-key': randomUUID() };
  const malformed = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: '{"items": [',
  });
  await expectProblem('POST', '/orders', malformed, 'malformed-json', 400);

  const form = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'items=1',
  });
  await expectProblem('POST', '/orders', form, 'unsupported-media-type', 415);

  const invalid = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ items: [{ modelId: 'nope', alloyCode: '', quantity: 0 }] }),
  });
  const problem = await expectProblem('POST', '/orders', invalid, 'validation-failed', 400);
  const fields = (problem.errors as Array<{ field: string }>).map((error) => error.field);
  expect(fields).toEqual(
    expect.arrayContaining(['items.0.modelId', 'items.0.alloyCode', 'items.0.quantity']),
  );

  const noKey = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: { ...bearer(lumen.key), 'content-type': 'application/json' },
    body: JSON.stringify({ items: [{ modelId: randomUUID(), alloyCode: 'AG925' }] }),
  });
  await expectProblem('POST', '/orders', noKey, 'idempotency-key-missing', 400);

  const badQuery = await fetch(apiUrl('/orders?limit=5000&status=LOST'), { headers: bearer(lumen.key) });
  await expectProblem('GET', '/orders', badQuery, 'validation-failed', 400);

  const unknownPath = await fetch(apiUrl('/invoices'), { headers: bearer(lumen.key) });
  expect(unknownPath.status).toBe(404);
  expect(unknownPath.headers.get('content-type')).toContain('application/problem+json');
});

test('uploads: multipart works; oversize, wrong types and unreadable files are refused', async () => {
  const multipart = new FormData();
  multipart.append('file', new Blob([Buffer.from(boxStl([14, 9, 3.5]))]), 'ring.stl');
  const accepted = await fetch(apiUrl('/models'), {
    method: 'POST',
    headers: bearer(lumen.key),
    body: multipart,
  });
  await expectDocumented('POST', '/models', accepted);
  expect(accepted.status).toBe(201);
  expect(((await accepted.json()) as { fileName: string }).fileName).toBe('ring.stl');

  const json = await fetch(apiUrl('/models'), {
    method: 'POST',
    headers: { ...bearer(lumen.key), 'content-type': 'application/json' },
    body: '{"file":"ring.stl"}',
  });
  await expectProblem('POST', '/models', json, 'unsupported-media-type', 415);

  const garbage = await fetch(apiUrl('/models?filename=ring.stl'), {
    method: 'POST',
    headers: { ...bearer(lumen.key), 'content-type': 'application/octet-stream' },
    body: Buffer.from('this is not a 3D model at all, just some words'),
  });
  await expectProblem('POST', '/models', garbage, 'unprocessable', 422);

  const empty = new FormData();
  empty.append('note', 'no file here');
  const noFile = await fetch(apiUrl('/models'), { method: 'POST', headers: bearer(lumen.key), body: empty });
  await expectProblem('POST', '/models', noFile, 'validation-failed', 400);

  // Declares 200 MiB and sends nothing: refused from the header, before a byte is stored.
  const oversize = await new Promise<Response>((resolve, reject) => {
    const url = new URL(apiUrl('/models?filename=huge.stl'));
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          ...bearer(lumen.key),
          'content-type': 'application/octet-stream',
          'content-length': String(200 * 1024 * 1024),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          resolve(
            new Response(text, { status: res.statusCode, headers: res.headers as Record<string, string> }),
          );
          req.destroy();
        });
      },
    );
    req.on('error', reject);
    req.write(Buffer.alloc(1024));
  });
  await expectProblem('POST', '/models', oversize, 'payload-too-large', 413);
});

test('a burst past the rate limit gets 429 with Retry-After and RateLimit headers', async () => {
  const standard = await createTestPartner({ name: 'Burst', tier: 'standard' });
  const responses = await Promise.all(
    Array.from({ length: 130 }, () => fetch(apiUrl('/materials'), { headers: bearer(standard.key) })),
  );
  const statuses = responses.map((response) => response.status);
  expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(120);
  const limited = responses.filter((response) => response.status === 429);
  expect(limited.length).toBeGreaterThanOrEqual(10);
  const problem = await expectProblem('GET', '/materials', limited[0]!, 'rate-limited', 429);
  expect(problem.detail).toContain('120 requests per 60 s');
  expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(limited[0]!.headers.get('ratelimit')).toMatch(/^"standard";r=0;t=\d+$/);
  expect(limited[0]!.headers.get('ratelimit-policy')).toBe('"standard";q=120;w=60');

  // Each refusal is counted for this partner, beside its requests by status.
  const scrape = await scrapeWebMetrics();
  const partner = standard.partnerId;
  expect(metricValue(scrape, 'facet_rate_limit_rejections_total', { partner })).toBe(limited.length);
  const answered: Record<string, number> = {};
  for (const status of statuses) answered[status] = (answered[status] ?? 0) + 1;
  const counted: Record<string, number> = {};
  for (const status of Object.keys(answered))
    counted[status] = metricValue(scrape, 'facet_partner_api_requests_total', { partner, status });
  expect(counted).toEqual(answered);
  expect(Object.keys(answered).sort()).toEqual(['200', '429']);

  // Another key's budget, and the shop, are untouched by this key's burst.
  expect((await fetch(apiUrl('/materials'), { headers: bearer(lumen.key) })).status).toBe(200);
  expect((await fetch(`${stackReport().webUrl}/api/health`)).status).toBe(200);
});
