import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWebhookEndpoint } from '@facet/core/partners/create-webhook-endpoint';
import { placePartnerOrder } from '@facet/core/partners/place-partner-order';
import { RING_ANALYSIS } from '@facet/core/partners/test-fixtures';
import type { TWebhookEvent } from '@facet/core/partners/webhook-event';
import { parseWebhookAllowList } from '@facet/core/partners/webhook-target';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner } from '@facet/testing/factories';
import { until } from '@facet/testing/until';
import { asc, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-sandbox-'));
const storage = new LocalDiskStorage({ root: storageDir });
const LOCAL_RECEIVERS = parseWebhookAllowList('127.0.0.1');
let runtime: ReturnType<typeof startWorkerRuntime>;

interface Receiver {
  url: string;
  received: Array<{ headers: IncomingHttpHeaders; event: TWebhookEvent }>;
  server: Server;
}

/** A partner's webhook receiver on this machine: answers 200 and keeps what it got. */
function startReceiver(path: string): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, event: JSON.parse(body) as TWebhookEvent });
      response.writeHead(200).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${path}`,
        received,
        server,
      }),
    ),
  );
}

let liveHooks: Receiver;
let testHooks: Receiver;
let live: Extract<Actor, { kind: 'partner' }>;
let test: Extract<Actor, { kind: 'partner' }>;
let alloyCode: string;

beforeAll(async () => {
  [liveHooks, testHooks] = await Promise.all([startReceiver('live'), startReceiver('test')]);
  const { partner } = await makePartner(db, 'Atelier Sandbox');
  live = { kind: 'partner', partnerId: partner.id, name: partner.name, mode: 'live' };
  test = { ...live, mode: 'test' };
  alloyCode = (await makeAlloy(db, { code: 'AG925' })).code;
  const allowList = { allowList: LOCAL_RECEIVERS };
  await createWebhookEndpoint(db, live, partner.id, { url: liveHooks.url }, allowList);
  await createWebhookEndpoint(db, test, partner.id, { url: testHooks.url }, allowList);
  runtime = startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-sandbox`,
    concurrency: 2,
    meshThreads: 1,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    relayIntervalMs: 20,
    sandboxStepDelayMs: 100,
    webhookAllowList: LOCAL_RECEIVERS,
  });
});

afterAll(async () => {
  await runtime.stop();
  liveHooks.server.close();
  testHooks.server.close();
  rmSync(storageDir, { recursive: true, force: true });
});

describe('the sandbox, through the outbox, the pricing job and the sandbox-advance job', () => {
  it('takes a test order to SHIPPED by itself, with a webhook of each step to the test endpoint only', async () => {
    const model = await makeModel(db, {
      partnerId: test.partnerId,
      mode: 'test',
      status: 'ANALYSED',
      analysis: RING_ANALYSIS,
    });
    const placed = await placePartnerOrder(db, test, {
      items: [{ modelId: model.id, alloyCode, finish: 'polished', scale: 1, quantity: 1 }],
      externalRef: 'SANDBOX-1',
    });
    const shipped = await until(
      () => db.query.orders.findFirst({ where: eq(orders.id, placed.id) }),
      (order) => order?.status === 'SHIPPED',
    );
    expect(shipped).toMatchObject({ mode: 'test', offBooks: true });
    // It rests at SHIPPED: no job takes it further.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const timeline = await db
      .select({ to: orderEvents.toStatus, actor: orderEvents.actorName })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, placed.id))
      .orderBy(asc(orderEvents.version));
    expect(timeline.map((event) => event.to)).toEqual([
      'SUBMITTED',
      'PRICE_CALCULATED',
      'MANUFACTURING_APPROVED',
      'MANUFACTURING_STARTED',
      'MANUFACTURING_COMPLETED',
      'PACKAGING',
      'SHIPPED',
    ]);

    const statuses = await until(
      async () => testHooks.received.map(({ event }) => 'order' in event.data && event.data.order.status),
      (seen) => seen.length >= timeline.length,
    );
    // One event per change (deliveries may overtake one another: receivers order by version).
    expect([...statuses].sort()).toEqual(timeline.map((event) => event.to).sort());
    for (const { event, headers } of testHooks.received) {
      expect(event.mode).toBe('test');
      expect(headers['facet-event-id']).toBe(event.id);
    }
    expect(liveHooks.received).toEqual([]);
  });

  it('never moves a live order on', async () => {
    const model = await makeModel(db, {
      partnerId: live.partnerId,
      status: 'ANALYSED',
      analysis: RING_ANALYSIS,
    });
    const placed = await placePartnerOrder(db, live, {
      items: [{ modelId: model.id, alloyCode, finish: 'polished', scale: 1, quantity: 1 }],
    });
    await until(
      async () =>
        liveHooks.received.filter(({ event }) => 'order' in event.data && event.data.order.id === placed.id),
      (seen) => seen.length >= 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const order = await db.query.orders.findFirst({ where: eq(orders.id, placed.id) });
    // Priced, it waits for a seller: nothing but a person approves a live order (no rule here).
    expect(order?.status).toBe('PRICE_CALCULATED');
    expect(liveHooks.received.every(({ event }) => event.mode === 'live')).toBe(true);
  });
});
