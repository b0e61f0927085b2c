import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CANARY_ARRIVED_REASON } from '@facet/core/canary/check-canary-runs';
import { getCanaryStatus } from '@facet/core/canary/get-canary-status';
import { getDashboard } from '@facet/core/crm/get-dashboard';
import { listSellerOrders } from '@facet/core/crm/list-seller-orders';
import { searchClients } from '@facet/core/crm/search-clients';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { canaryRuns, jobRuns } from '@facet/db/schema/operations';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-canary-'));
const storage = new LocalDiskStorage({ root: storageDir });
type LogLine = { level: number; msg: string; orderNumber?: string | null; canaryRunId?: string };
const lines: LogLine[] = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
let seller: Actor;

beforeAll(async () => {
  const sellerRow = await makeUser(db, { role: 'seller' });
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name };
  await makeAlloy(db, { code: 'AG925' });
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

function startRuntime(name: string, deadlineMs: number) {
  return startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-canary-${name}`,
    concurrency: 2,
    meshThreads: 1,
    logger,
    relayIntervalMs: 20,
    // One canary at start; the test does not wait for a second.
    canary: { everyMs: 10 * 60_000, deadlineMs, checkEveryMs: 200 },
  });
}

const latestRun = async () =>
  (await db.select().from(canaryRuns).orderBy(desc(canaryRuns.startedAt)).limit(1))[0];

describe('the canary, through the real worker', () => {
  it('crosses the whole pipeline, is recorded as arrived, and never shows in the CRM', async () => {
    const runtime = startRuntime('ok', 60_000);
    try {
      await expect
        .poll(async () => (await latestRun())?.status, { timeout: 50_000, interval: 200 })
        .toBe('ok');
    } finally {
      await runtime.stop();
    }
    const run = (await latestRun())!;
    expect(run.arrivedAt!.getTime()).toBeLessThanOrEqual(run.deadlineAt.getTime());
    const order = (await db.select().from(orders).where(eq(orders.id, run.orderId!)))[0]!;
    expect(order).toMatchObject({ isCanary: true, status: 'CANCELLED', statusReason: CANARY_ARRIVED_REASON });
    const timeline = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.version));
    expect(timeline.map((event) => [event.toStatus, event.actorName])).toEqual([
      ['SUBMITTED', 'Facet canary'],
      ['PRICE_CALCULATED', 'Pricing'],
      ['MANUFACTURING_APPROVED', 'Approval rule'],
      ['CANCELLED', 'Facet canary'],
    ]);
    // The real jobs did the work: the analysis of its model and its pricing, on the partners' lanes
    // (the canary orders as a partner does).
    const runs = await db
      .select({ queue: jobRuns.queue, status: jobRuns.status })
      .from(jobRuns)
      .where(inArray(jobRuns.subjectId, [order.id, run.modelId!]));
    expect(runs).toContainEqual({ queue: 'partner-analyse-model', status: 'succeeded' });
    expect(runs).toContainEqual({ queue: 'partner-price-order', status: 'succeeded' });

    const status = await getCanaryStatus(db);
    expect(status).toMatchObject({ state: 'ok', ok: true, lastSuccessAt: run.arrivedAt });
    const number = `FCT-${String(order.number).padStart(6, '0')}`;
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 30,
        orderNumber: number,
        msg: expect.stringMatching(/reached the pool in/),
      }),
    );
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);

    expect((await listSellerOrders(db, seller, {})).items).toEqual([]);
    expect((await searchClients(db, seller, {})).items).toEqual([]);
    const dashboard = await getDashboard(db, seller);
    expect(dashboard.ordersPerDay.every((day) => day.shop + day.crm + day.api === 0)).toBe(true);
    expect(dashboard.revenuePerWeek.every((week) => week.totalCents === 0)).toBe(true);
    expect(Object.values(dashboard.ordersByStatus).every((count) => count === 0)).toBe(true);
  });

  // Its waits (up to 60 s for the late report, 30 s for the late arrival) need more than the
  // default minute.
  it('is reported late, with its order number, when pricing is stuck; its late arrival is recorded', {
    timeout: 120_000,
  }, async () => {
    // Long enough for the canary's model to be analysed and its order placed on a busy machine (the
    // partners' mesh thread is niced), so that the run is late for the reason under test: its pricing.
    const runtime = startRuntime('late', 20_000);
    // Nobody takes the partner channel's price jobs (the canary is a partner): as if those workers were gone.
    await runtime.queues.partnerPriceOrder.pause();
    const before = (await latestRun())!.id;
    try {
      await expect
        .poll(
          async () => {
            const run = await latestRun();
            return run?.id !== before ? run?.status : undefined;
          },
          { timeout: 60_000, interval: 200 },
        )
        .toBe('late');
      const run = (await latestRun())!;
      expect(run.orderId).not.toBeNull();
      expect(run.error).toMatch(/^Not in the pool 20 s after it started: still Submitted\.$/);
      const order = (await db.select().from(orders).where(eq(orders.id, run.orderId!)))[0]!;
      const number = `FCT-${String(order.number).padStart(6, '0')}`;
      expect(lines.filter((line) => line.level === 50 && line.canaryRunId === run.id)).toEqual([
        expect.objectContaining({
          orderNumber: number,
          msg: `canary ${number} is late: not in the pool by its deadline, still Submitted`,
        }),
      ]);
      const status = await getCanaryStatus(db);
      expect(status).toMatchObject({ state: 'late', ok: false, troubleSince: run.deadlineAt });

      await runtime.queues.partnerPriceOrder.resume();
      await expect
        .poll(async () => (await latestRun())?.arrivedAt, { timeout: 30_000, interval: 200 })
        .toBeInstanceOf(Date);
      expect((await latestRun())!.status).toBe('late');
      await expect
        .poll(async () => (await db.select().from(orders).where(eq(orders.id, run.orderId!)))[0]?.status)
        .toBe('CANCELLED');
    } finally {
      await runtime.stop();
    }
  });
});
