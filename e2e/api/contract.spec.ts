import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderClientTypes } from '@facet/partner-client/render-types';
import { budget, WAIT } from '../support/budgets';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { servedDocument } from './support/contract';
import { placeOrder, uploadAnalysedModel } from './support/journey';
import { closeDb, createTestPartner } from './support/partners';

test.afterAll(closeDb);

test('the served OpenAPI 3.1 document generates exactly the client types these tests use', async () => {
  const { document } = await servedDocument();
  expect(document.openapi).toBe('3.1.0');
  const committed = readFileSync(
    join(import.meta.dirname, '../../packages/partner-client/src/schema.gen.ts'),
    'utf8',
  );
  expect(
    await renderClientTypes(document as { info: { version: string } }),
    'regenerate with pnpm partner-client:generate',
  ).toBe(committed);
});

test('the docs page renders the document with examples', async ({ request }) => {
  const response = await request.get('/api/docs');
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const text of [
    'Facet partner API',
    'POST',
    '/api/v1/orders',
    'Idempotency-Key',
    'Facet-Signature',
    'timingSafeEqual',
    'idempotency-key-reused',
  ]) {
    expect(html).toContain(text);
  }
});

test('a partner uploads, quotes, orders, follows and cancels — every answer as documented', async () => {
  // The worker analyses the model and delivers a webhook.
  test.setTimeout(budget(WAIT.pipeline, WAIT.pipeline, WAIT.pipeline));
  const partner = await createTestPartner({ name: 'Contract', tier: 'premium' });
  const client = partnerClient(partner.key);

  expect((await client.GET('/ping')).data).toEqual({ status: 'ok' });

  const materials = await client.GET('/materials');
  expect(materials.response.headers.get('ratelimit-policy')).toBe('"premium";q=1200;w=60');
  expect(materials.response.headers.get('ratelimit')).toMatch(/^"premium";r=\d+;t=\d+$/);
  expect(materials.response.headers.get('x-ratelimit-limit')).toBe('1200');
  expect(materials.data?.alloys.map((alloy) => alloy.code)).toContain('AG925');

  const modelId = await uploadAnalysedModel(client);
  const model = await client.GET('/models/{id}', { params: { path: { id: modelId } } });
  expect(model.data?.printability?.printable).toBe(true);
  expect(model.data?.quotes.length).toBe(materials.data?.alloys.length);

  const quotes = await client.POST('/quotes', {
    body: { modelId, alloyCode: 'AU750Y', finish: 'matte', quantity: 3, scale: 1 },
  });
  expect(quotes.data?.quotes).toHaveLength(1);
  expect(quotes.data?.quotes[0]).toMatchObject({ alloyCode: 'AU750Y', quantity: 3 });

  // Its model is analysed: the order is priced as it is placed, and the answer says so.
  const order = await placeOrder(client, modelId, `PO-${randomUUID()}`);
  expect(order).toMatchObject({
    status: 'PRICE_CALCULATED',
    version: 2,
    items: [{ modelId, alloyCode: 'AG925', unitPriceCents: expect.any(Number) }],
  });
  expect(order.totalCents).toBeGreaterThan(0);
  expect(order.timeline).toEqual([
    expect.objectContaining({ toStatus: 'SUBMITTED', by: 'partner' }),
    expect.objectContaining({ toStatus: 'PRICE_CALCULATED', by: 'system' }),
  ]);
  const priced = await client.GET('/orders/{id}', { params: { path: { id: order.id } } });
  expect(priced.data).toEqual(order);

  const listed = await client.GET('/orders', { params: { query: { limit: 10 } } });
  expect(listed.data?.items.map((item) => item.id)).toContain(order.id);
  const byStatus = await client.GET('/orders', {
    params: { query: { status: ['PRICE_CALCULATED'], limit: 10 } },
  });
  expect(byStatus.data?.items.map((item) => item.id)).toEqual([order.id]);
  const byRef = await client.GET('/orders', { params: { query: { external_ref: order.externalRef! } } });
  expect(byRef.data?.items).toHaveLength(1);

  const since = new Date().toISOString();
  const cancelled = await client.POST('/orders/{id}/cancel', {
    params: { path: { id: order.id }, header: { 'Idempotency-Key': randomUUID() } },
    body: { reason: 'The end customer changed their mind.' },
  });
  expect(cancelled.data).toMatchObject({
    status: 'CANCELLED',
    statusReason: 'The end customer changed their mind.',
  });
  // The change feed shows a change once every transaction older than it has ended: a moment, at most.
  await expect
    .poll(async () => {
      const changed = await client.GET('/orders', { params: { query: { updated_since: since } } });
      return changed.data?.items.map((item) => [item.id, item.status, item.changeNumber > 0]);
    })
    .toEqual([[order.id, 'CANCELLED', true]]);

  const again = await client.POST('/orders/{id}/cancel', {
    params: { path: { id: order.id }, header: { 'Idempotency-Key': randomUUID() } },
    body: { reason: 'Twice' },
  });
  expect(again.response.status).toBe(409);
  expect(again.error?.type).toBe('https://facet.example/problems/invalid-transition');
});

test('a partner pages through its orders with the cursor', async () => {
  const partner = await createTestPartner({ name: 'Pager', tier: 'premium' });
  const client = partnerClient(partner.key);
  const modelId = await uploadAnalysedModel(client);
  const placed = [];
  for (let i = 0; i < 5; i += 1) placed.push((await placeOrder(client, modelId)).id);
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.GET('/orders', {
      params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
    });
    seen.push(...(page.data?.items.map((item) => item.id) ?? []));
    cursor = page.data?.nextCursor ?? undefined;
  } while (cursor);
  expect(seen).toEqual([...placed].reverse());
});

test('a partner manages webhook endpoints and sends a test ping', async () => {
  const partner = await createTestPartner({ name: 'Hooks', tier: 'premium' });
  const client = partnerClient(partner.key);
  const created = await client.POST('/webhook-endpoints', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { url: 'http://127.0.0.1:9/nowhere', description: 'nobody listens' },
  });
  expect(created.data?.secret).toMatch(/^whsec_/);
  const id = created.data!.id;
  expect((await client.GET('/webhook-endpoints')).data?.items.map((endpoint) => endpoint.id)).toEqual([id]);
  expect((await client.GET('/webhook-endpoints/{id}', { params: { path: { id } } })).data).not.toHaveProperty(
    'secret',
  );
  const paused = await client.PATCH('/webhook-endpoints/{id}', {
    params: { path: { id } },
    body: { enabled: false },
  });
  expect(paused.data?.enabled).toBe(false);
  const refused = await client.POST('/webhook-endpoints/{id}/test', { params: { path: { id } } });
  expect(refused.error?.type).toBe('https://facet.example/problems/webhook-endpoint-disabled');
  await client.PATCH('/webhook-endpoints/{id}', { params: { path: { id } }, body: { enabled: true } });
  const ping = await client.POST('/webhook-endpoints/{id}/test', { params: { path: { id } } });
  expect(ping.response.status).toBe(202);
  expect(ping.data).toMatchObject({ eventType: 'ping', status: 'pending' });
  await expect
    .poll(
      async () =>
        (await client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id } } })).data?.items[0]
          ?.attemptLog.length,
      { timeout: WAIT.pipeline },
    )
    .toBeGreaterThan(0);
  const deliveries = await client.GET('/webhook-endpoints/{id}/deliveries', { params: { path: { id } } });
  expect(deliveries.data?.items[0]?.attemptLog[0]?.error).toMatch(/Could not reach the endpoint/);
  const deleted = await client.DELETE('/webhook-endpoints/{id}', { params: { path: { id } } });
  expect(deleted.response.status).toBe(204);
  const gone = await client.GET('/webhook-endpoints/{id}', { params: { path: { id } } });
  expect(gone.response.status).toBe(404);
});
