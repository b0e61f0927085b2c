/**
 * A partner's webhook receiver, written only from the docs page (/api/docs#webhooks): it checks the
 * Facet-Signature with the snippet shown there, deduplicates on the event id, and orders by version.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { budget, WAIT } from '../support/budgets';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { placeOrder, uploadAnalysedModel } from './support/journey';
import { closeDb, createTestPartner } from './support/partners';

test.afterAll(closeDb);

/** As on the docs page. */
function verifyFacetSignature(secret: string, signatureHeader: string, rawBody: string): boolean {
  const fields = Object.fromEntries(signatureHeader.split(',').map((part) => part.trim().split('=')));
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Delivery {
  eventId: string;
  attempt: number;
  verified: boolean;
  event: { id: string; type: string; data: { order?: { id: string; status: string; version: number } } };
  answered: number;
}

function startReceiver(secret: () => string, answer: (delivery: Omit<Delivery, 'answered'>) => number) {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const received = {
        eventId: String(request.headers['facet-event-id']),
        attempt: Number(request.headers['facet-attempt']),
        verified: verifyFacetSignature(secret(), String(request.headers['facet-signature'] ?? ''), raw),
        event: JSON.parse(raw) as Delivery['event'],
      };
      const status = received.verified ? answer(received) : 401;
      deliveries.push({ ...received, answered: status });
      response.writeHead(status).end();
    });
  });
  return new Promise<{ url: string; deliveries: Delivery[]; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/facet-webhooks`,
        deliveries,
        close: () => server.close(),
      }),
    ),
  );
}

/** The first retry's back-off (30 s ± 25 %) and the delivery after it. */
const RETRY_DELIVERED = 37_500 + WAIT.pipeline;

test('a receiver verifies signatures, sees retries after it fails, and gets every status change', async () => {
  // The worker analyses the model and prices the order; the failed delivery is retried after its back-off.
  test.setTimeout(budget(WAIT.pipeline, WAIT.pipeline, RETRY_DELIVERED));
  const partner = await createTestPartner({ name: 'Webhooked', tier: 'premium' });
  const client = partnerClient(partner.key);
  let secret = '';
  let failedOnce = false;
  const receiver = await startReceiver(
    () => secret,
    (delivery) => {
      // Fails the first delivery of the order's creation: the retry must come.
      if (delivery.event.type === 'order.created' && !failedOnce) {
        failedOnce = true;
        return 503;
      }
      return 204;
    },
  );
  try {
    const endpoint = await client.POST('/webhook-endpoints', {
      params: { header: { 'Idempotency-Key': randomUUID() } },
      body: { url: receiver.url, description: 'e2e receiver' },
    });
    secret = endpoint.data!.secret;
    const modelId = await uploadAnalysedModel(client);
    const order = await placeOrder(client, modelId);
    await expect
      .poll(
        async () => (await client.GET('/orders/{id}', { params: { path: { id: order.id } } })).data?.status,
        { timeout: WAIT.pipeline },
      )
      .toBe('PRICE_CALCULATED');
    await client.POST('/orders/{id}/cancel', {
      params: { path: { id: order.id }, header: { 'Idempotency-Key': randomUUID() } },
      body: { reason: 'Testing webhooks' },
    });
    const timeline = (await client.GET('/orders/{id}', { params: { path: { id: order.id } } })).data!
      .timeline;
    expect(timeline.map((event) => event.toStatus)).toEqual(['SUBMITTED', 'PRICE_CALCULATED', 'CANCELLED']);

    // The first attempt failed; the retry comes after the back-off (30 s ± 25 %).
    await expect
      .poll(
        () => {
          const accepted = receiver.deliveries.filter(
            (d) => d.verified && d.answered < 300 && d.event.data.order?.id === order.id,
          );
          return [...new Set(accepted.map((d) => d.event.data.order!.version))].sort();
        },
        { timeout: RETRY_DELIVERED, intervals: [1_000] },
      )
      .toEqual([1, 2, 3]);

    expect(receiver.deliveries.every((d) => d.verified)).toBe(true);
    const created = receiver.deliveries.filter((d) => d.event.type === 'order.created');
    expect(created.map((d) => [d.attempt, d.answered])).toEqual([
      [1, 503],
      [2, 204],
    ]);
    expect(new Set(created.map((d) => d.eventId))).toEqual(new Set([`${order.id}:v1`]));
    const statuses = receiver.deliveries
      .filter((d) => d.answered < 300)
      .sort((a, b) => a.event.data.order!.version - b.event.data.order!.version)
      .map((d) => d.event.data.order!.status);
    expect(statuses).toEqual(['SUBMITTED', 'PRICE_CALCULATED', 'CANCELLED']);

    const log = await client.GET('/webhook-endpoints/{id}/deliveries', {
      params: { path: { id: endpoint.data!.id } },
    });
    const createdLog = log.data!.items.find((delivery) => delivery.eventId === `${order.id}:v1`)!;
    expect(createdLog).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(createdLog.attemptLog.map((attempt) => attempt.statusCode)).toEqual([503, 204]);
  } finally {
    receiver.close();
  }
});
