import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import { createWebhookEndpoint } from '@facet/core/partners/create-webhook-endpoint';
import { sendTestWebhook } from '@facet/core/partners/send-test-webhook';
import { parseWebhookAllowList } from '@facet/core/partners/webhook-target';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { outbox } from '@facet/db/schema/outbox';
import { webhookEndpoints } from '@facet/db/schema/partners';
import { createQueue, enqueue, QUEUES, type QueueKey } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import { createLogger } from '@facet/telemetry/logger';
import { createMetricsRegistry, type Registry } from '@facet/telemetry/metrics';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makePartner } from '@facet/testing/factories';
import { captureLogs } from '@facet/testing/log-capture';
import { metricValue } from '@facet/testing/metrics';
import { startRedisServer } from '@facet/testing/redis-server';
import type { Queue } from 'bullmq';
import { eq } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createHealthServer } from './health-server';
import { registerSystemGauges } from './metrics';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The worker's health server for this registry, on a free port: GET /metrics as Prometheus would. */
async function serve(registry: Registry, metricsToken?: string) {
  const server: Server = createHealthServer({ redisStatus: () => 'ready', metrics: registry, metricsToken });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    scrape: async (headers: Record<string, string> = {}) => {
      const response = await fetch(`${base}/metrics`, { headers });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      };
    },
  };
}

/** Every queue on this connection; closed after the test (a queue on a Redis that is gone is left as is). */
function queuesOn(redis: Redis, prefix: string): Record<QueueKey, Queue> {
  const queues = Object.fromEntries(
    (Object.keys(QUEUES) as QueueKey[]).map((key) => [key, createQueue(key, { connection: redis, prefix })]),
  ) as Record<QueueKey, Queue>;
  cleanups.push(async () => {
    if (redis.status === 'ready') await Promise.all(Object.values(queues).map((queue) => queue.close()));
  });
  return queues;
}

describe('the worker’s /metrics', () => {
  it('shows queue depth and age, outbox lag, orders by status and troubled webhook endpoints', async () => {
    const redis = createRedis(inject('redisUrl'), 'producer');
    cleanups.push(() => redis.disconnect());
    const queues = queuesOn(redis, `${inject('redisPrefix')}-metrics`);
    const registry = createMetricsRegistry({ processMetrics: false });
    registerSystemGauges(registry, { db, queues: Object.values(queues) });
    const { scrape } = await serve(registry);

    const before = await countOrdersByStatus(db);
    for (const status of ['CLOSED', 'CLOSED', 'CLOSED', 'PACKAGING'] as const)
      await makeOrder(db, { status });
    for (const trigger of ['a', 'b', 'c']) {
      await enqueue(queues.priceOrder, 'priceOrder', { orderId: crypto.randomUUID(), trigger });
    }
    await queues.makePreview.add('make-preview', { modelId: crypto.randomUUID() }, { delay: 3_600_000 });
    await db.insert(outbox).values({
      topic: 'order.changed',
      aggregateId: crypto.randomUUID(),
      payload: {},
      createdAt: new Date(Date.now() - 90_000),
    });
    const { partner } = await makePartner(db, 'Metrics Atelier');
    await db.insert(webhookEndpoints).values([
      { partnerId: partner.id, url: 'https://a.example/hooks', secret: 's', consecutiveFailures: 3 },
      { partnerId: partner.id, url: 'https://b.example/hooks', secret: 's', disabledAt: new Date() },
    ]);
    cleanups.push(() => db.delete(webhookEndpoints).where(eq(webhookEndpoints.partnerId, partner.id)));

    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(metricValue(text, 'facet_queue_jobs', { queue: 'price-order', state: 'waiting' })).toBe(3);
    expect(metricValue(text, 'facet_queue_jobs', { queue: 'price-order', state: 'active' })).toBe(0);
    expect(metricValue(text, 'facet_queue_jobs', { queue: 'make-preview', state: 'delayed' })).toBe(1);
    expect(metricValue(text, 'facet_queue_jobs', { queue: 'make-preview', state: 'waiting' })).toBe(0);
    expect(metricValue(text, 'facet_queue_oldest_waiting_seconds', { queue: 'price-order' })).toBeGreaterThan(
      0,
    );
    expect(metricValue(text, 'facet_queue_oldest_waiting_seconds', { queue: 'analyse-model' })).toBe(0);
    expect(metricValue(text, 'facet_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
    expect(metricValue(text, 'facet_outbox_unpublished')).toBe(1);
    expect(metricValue(text, 'facet_orders', { status: 'CLOSED' })).toBe((before.CLOSED ?? 0) + 3);
    expect(metricValue(text, 'facet_orders', { status: 'PACKAGING' })).toBe((before.PACKAGING ?? 0) + 1);
    expect(metricValue(text, 'facet_orders', { status: 'CANCELLED' })).toBe(before.CANCELLED ?? 0);
    expect(metricValue(text, 'facet_orders_past_sla', { status: 'SUBMITTED' })).toBe(0);
    expect(metricValue(text, 'facet_canary_ok')).toBe(0);
    expect(metricValue(text, 'facet_canary_last_success_timestamp_seconds')).toBe(0);
    expect(metricValue(text, 'facet_webhook_endpoints', { state: 'failing' })).toBe(1);
    expect(metricValue(text, 'facet_webhook_endpoints', { state: 'disabled' })).toBe(1);
    expect(metricValue(text, 'facet_metrics_source_up', { source: 'redis' })).toBe(1);
    expect(metricValue(text, 'facet_metrics_source_up', { source: 'postgres' })).toBe(1);

    // Published: no lag left.
    await db.update(outbox).set({ publishedAt: new Date() });
    const after = (await scrape()).text;
    expect(metricValue(after, 'facet_outbox_lag_seconds')).toBe(0);
    expect(metricValue(after, 'facet_outbox_unpublished')).toBe(0);
  });

  it('still answers with what it can read when Redis is down', async () => {
    const doomed = await startRedisServer();
    let stopped = false;
    cleanups.push(() => stopped || doomed.stop());
    const redis = createRedis(doomed.url, 'producer');
    redis.on('error', () => {});
    cleanups.push(() => redis.disconnect());
    const queues = queuesOn(redis, 'metrics-down');
    const registry = createMetricsRegistry({ processMetrics: false });
    registerSystemGauges(registry, { db, queues: Object.values(queues) });
    const { scrape } = await serve(registry);
    expect(metricValue((await scrape()).text, 'facet_metrics_source_up', { source: 'redis' })).toBe(1);

    await doomed.stop();
    stopped = true;
    const started = Date.now();
    const { status, text } = await scrape();
    expect(status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(metricValue(text, 'facet_metrics_source_up', { source: 'redis' })).toBe(0);
    expect(metricValue(text, 'facet_queue_jobs', { queue: 'price-order', state: 'waiting' })).toBeUndefined();
    expect(metricValue(text, 'facet_metrics_source_up', { source: 'postgres' })).toBe(1);
    // Postgres still answers: its gauges carry the counts, Redis's are left out.
    expect(metricValue(text, 'facet_orders', { status: 'CLOSED' })).toBe(
      (await countOrdersByStatus(db)).CLOSED,
    );
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    const registry = createMetricsRegistry({ processMetrics: false });
    const { scrape } = await serve(registry, 'a-metrics-token-for-tests');
    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer wrong-token' })).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer a-metrics-token-for-tests' })).status).toBe(200);
  });
});

describe('the running worker', () => {
  it('times jobs by queue and outcome, counts failed webhook attempts, and logs each job with its ids', async () => {
    // The receiver listens on this machine: allowed as an admin allows an on-premises one.
    const LOCAL_RECEIVERS = parseWebhookAllowList('127.0.0.1');
    const answers = [500];
    const receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(answers.shift() ?? 200).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => receiver.close(resolve)));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

    const logs = captureLogs();
    const registry = createMetricsRegistry({ processMetrics: false });
    const runtime = startWorkerRuntime({
      db,
      // No job of this test reads files.
      storage: new LocalDiskStorage({ root: tmpdir() }),
      redisUrl: inject('redisUrl'),
      redisPrefix: `${inject('redisPrefix')}-metrics-runtime`,
      concurrency: 2,
      meshThreads: 1,
      logger: createLogger('worker', 'info', logs.stream),
      metrics: registry,
      relayIntervalMs: 20,
      webhookAllowList: LOCAL_RECEIVERS,
    });
    cleanups.push(() => runtime.stop());
    const { scrape } = await serve(runtime.metrics);

    const { partner: row } = await makePartner(db, 'Hooked Atelier');
    const partner: Actor = { kind: 'partner', partnerId: row.id, name: row.name };
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      row.id,
      { url },
      { allowList: LOCAL_RECEIVERS },
    );
    // The first attempt gets a 500 (retried later), the second delivery a 200.
    const failed = await sendTestWebhook(db, partner, endpoint.id);
    await expect
      .poll(
        async () =>
          metricValue((await scrape()).text, 'facet_webhook_delivery_failures_total', { outcome: 'retry' }),
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    const delivered = await sendTestWebhook(db, partner, endpoint.id);
    const done = () => logs.find('job done', { deliveryId: delivered.id });
    await expect.poll(() => done().length, { timeout: 20_000 }).toBe(1);

    const { text } = await scrape();
    const count = (outcome: string) =>
      metricValue(text, 'facet_job_duration_seconds_count', { queue: 'deliver-webhook', outcome });
    expect(count('failed')).toBe(1);
    expect(count('completed')).toBe(1);
    // Both first attempts waited in the queue; the retry's wait (after its back-off) is not known.
    expect(metricValue(text, 'facet_job_wait_seconds_count', { queue: 'deliver-webhook' })).toBe(2);
    expect(metricValue(text, 'facet_webhook_endpoints', { state: 'failing' })).toBe(0);

    expect(logs.find('job attempt failed', { deliveryId: failed.id })).toEqual([
      expect.objectContaining({
        level: 'warn',
        queue: 'deliver-webhook',
        jobId: `webhook-${failed.id}`,
        attempt: 1,
        willRetry: true,
        err: expect.stringContaining('HTTP 500'),
      }),
    ]);
    expect(done()[0]).toMatchObject({
      level: 'info',
      app: 'worker',
      queue: 'deliver-webhook',
      jobId: `webhook-${delivered.id}`,
      waitMs: expect.any(Number),
      durationMs: expect.any(Number),
      result: { outcome: 'delivered', statusCode: 200 },
    });
  });
});
