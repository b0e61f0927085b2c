import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadModel } from '@facet/core/models/upload-model';
import { createOrder } from '@facet/core/orders/create-order';
import { getOrderFlightRecord } from '@facet/core/orders/get-order-flight-record';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { startTracing, tracer } from '@facet/telemetry/tracing';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const exporter = new InMemorySpanExporter();
const provider = startTracing({
  serviceName: 'facet-test',
  spanProcessors: [new SimpleSpanProcessor(exporter)],
});
const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-tracing-'));
const storage = new LocalDiskStorage({ root: storageDir });
afterAll(async () => {
  await provider?.shutdown();
  rmSync(storageDir, { recursive: true, force: true });
});

it('follows an order in one trace, from the HTTP request through the outbox and the queue into the worker job', async () => {
  const user = await makeUser(db, { role: 'customer' });
  const shopper: Actor = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
  await makeAlloy(db, { code: 'AG925' });
  const model = await uploadModel({ db, storage }, shopper, {
    fileName: 'ring.stl',
    body: writeBinaryStl(makeTorus(2_000)),
  });

  // A real HTTP request whose handler places the order inside a server span, as the web app does.
  const server = createServer((request, response) => {
    tracer().startActiveSpan(`${request.method} /orders`, { kind: SpanKind.SERVER }, async (span) => {
      const order = await createOrder(
        db,
        shopper,
        { items: [{ modelId: model.id, alloyCode: 'AG925', finish: 'polished', scale: 1, quantity: 1 }] },
        { channel: 'shop' },
      );
      span.end();
      response.end(order.id);
    });
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  const orderId = await (await fetch(`http://127.0.0.1:${port}/orders`, { method: 'POST' })).text();
  server.close();

  const runtime = startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-tracing`,
    concurrency: 2,
    meshThreads: 1,
    logger: pino({ level: 'silent' }),
    relayIntervalMs: 20,
  });
  try {
    await expect
      .poll(async () => (await db.query.orders.findFirst({ where: eq(orders.id, orderId) }))?.status, {
        timeout: 30_000,
      })
      .toBe('PRICE_CALCULATED');
  } finally {
    await runtime.stop();
  }

  const spans = exporter.getFinishedSpans();
  const request = spans.find((span) => span.name === 'POST /orders');
  const pricing = spans.filter((span) => span.name === 'job price-order');
  expect(request).toBeDefined();
  const traceId = request!.spanContext().traceId;
  expect(pricing.some((span) => span.spanContext().traceId === traceId)).toBe(true);
  // The timeline keeps the trace id too, so the flight recorder can point at the trace.
  const [created] = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
  expect(created?.data).toMatchObject({ traceId });

  // …and the flight recorder shows the pricing job's attempt in the same trace, from the order number.
  const order = await db.query.orders.findFirst({ where: eq(orders.id, orderId) });
  const seller = await makeUser(db, { role: 'seller' });
  const record = await getOrderFlightRecord(
    db,
    { kind: 'user', userId: seller.id, role: 'seller', name: seller.name },
    `FCT-${String(order!.number).padStart(6, '0')}`,
  );
  expect(record.entries.map((entry) => entry.kind)).toContain('job');
  // (The request's job may have failed first, while the model was still being analysed, and the order
  // been priced by the job the analysis started, in the analysis's own trace: the recorder shows both.)
  const pricingRuns = record.entries.filter((entry) => entry.title.startsWith('Job price-order'));
  expect(pricingRuns.some((run) => run.traceId === traceId)).toBe(true);
  expect(pricingRuns.at(-1)?.outcome).toBe('ok');
  expect(record.entries.find((entry) => entry.title.startsWith('Status: Priced'))).toMatchObject({
    traceId: expect.any(String),
  });
});
