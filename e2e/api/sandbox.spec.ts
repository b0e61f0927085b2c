/**
 * The sandbox as a partner meets it: a test key's order moves to SHIPPED by itself, its webhooks go to
 * the test endpoint with "mode": "test", and the live key neither sees it nor may move it on.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { budget, WAIT } from '../support/budgets';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { placeOrder, uploadAnalysedModel } from './support/journey';
import { closeDb, createTestPartner, issueTestKey } from './support/partners';

test.afterAll(closeDb);

function startReceiver() {
  const events: Array<{ mode: string; data: { order?: { id: string; status: string } } }> = [];
  const server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      events.push(JSON.parse(raw));
      response.writeHead(204).end();
    });
  });
  return new Promise<{ url: string; events: typeof events; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        events,
        close: () => server.close(),
      }),
    ),
  );
}

/** Analysis, pricing, then six sandbox steps of about 2 s each. */
const SHIPPED_BY_ITSELF = WAIT.pipeline + 6 * 2_000 + WAIT.pipeline;

test('a test order reaches SHIPPED by itself, told to the test endpoint only, and the live key never sees it', async () => {
  test.setTimeout(budget(WAIT.pipeline, SHIPPED_BY_ITSELF, WAIT.pipeline));
  const partner = await createTestPartner({ name: 'Sandboxed', tier: 'premium' });
  const liveClient = partnerClient(partner.key);
  const testClient = partnerClient(await issueTestKey(partner));
  const [liveHooks, testHooks] = await Promise.all([startReceiver(), startReceiver()]);
  try {
    for (const [client, receiver] of [
      [liveClient, liveHooks],
      [testClient, testHooks],
    ] as const) {
      const endpoint = await client.POST('/webhook-endpoints', {
        params: { header: { 'Idempotency-Key': randomUUID() } },
        body: { url: receiver.url },
      });
      expect(endpoint.response.status, JSON.stringify(endpoint.error)).toBe(201);
    }
    const modelId = await uploadAnalysedModel(testClient);
    const order = await placeOrder(testClient, modelId);
    expect(order.mode).toBe('test');

    await expect
      .poll(
        async () =>
          (await testClient.GET('/orders/{id}', { params: { path: { id: order.id } } })).data?.status,
        { timeout: SHIPPED_BY_ITSELF, intervals: [500] },
      )
      .toBe('SHIPPED');
    await expect
      .poll(() => testHooks.events.filter((e) => e.data.order?.id === order.id).length, {
        timeout: WAIT.pipeline,
      })
      .toBe(7);
    expect(testHooks.events.every((event) => event.mode === 'test')).toBe(true);
    expect(liveHooks.events).toEqual([]);

    // The live key: 404 for the order, none in its list or change feed, and no simulate call.
    const asLive = await liveClient.GET('/orders/{id}', { params: { path: { id: order.id } } });
    expect(asLive.response.status).toBe(404);
    const listed = await liveClient.GET('/orders', {});
    expect(listed.data!.items.map((o) => o.id)).not.toContain(order.id);
    const feed = await liveClient.GET('/orders', {
      params: { query: { updated_since: '2020-01-01T00:00:00Z' } },
    });
    expect(feed.data!.items.map((o) => o.id)).not.toContain(order.id);
    const refused = await liveClient.POST('/test/orders/{id}/advance', {
      params: { path: { id: order.id } },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.error).toMatchObject({ type: expect.stringContaining('test-key-required') });

    // The test key closes it with the simulate call; then there is no next step.
    const closed = await testClient.POST('/test/orders/{id}/advance', { params: { path: { id: order.id } } });
    expect(closed.data).toMatchObject({ status: 'CLOSED', mode: 'test' });
    const again = await testClient.POST('/test/orders/{id}/advance', { params: { path: { id: order.id } } });
    expect(again.response.status).toBe(409);
  } finally {
    liveHooks.close();
    testHooks.close();
  }
});
