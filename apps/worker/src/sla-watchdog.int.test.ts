import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOrderFlightRecord } from '@facet/core/orders/get-order-flight-record';
import { transitionOrder } from '@facet/core/orders/transition-order';
import { systemActor } from '@facet/core/shared/actor';
import { countSlaBreachesByStatus } from '@facet/core/sla/count-sla-breaches-by-status';
import { flagSlaBreaches } from '@facet/core/sla/flag-sla-breaches';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { jobRuns } from '@facet/db/schema/operations';
import { orderEvents, orders, slaBreaches } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { and, eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-sla-'));
const lines: Array<{ level: number; msg: string; orderNumber?: string }> = [];
const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
let runtimes: Array<ReturnType<typeof startWorkerRuntime>> = [];

/** Two worker processes, as in production: the same database, the same queues. */
beforeAll(() => {
  runtimes = [1, 2].map(() =>
    startWorkerRuntime({
      db,
      storage: new LocalDiskStorage({ root: storageDir }),
      redisUrl: inject('redisUrl'),
      redisPrefix: `${inject('redisPrefix')}-sla`,
      concurrency: 1,
      meshThreads: 1,
      logger,
      relayIntervalMs: 50,
      slaWatchdogEveryMs: 200,
      // The sweeper would price the test's bare order; leave it alone.
      stalledAfterMs: 365 * 24 * 3600_000,
    }),
  );
});

afterAll(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.stop()));
  rmSync(storageDir, { recursive: true, force: true });
});

it('flags an order left in SUBMITTED past its limit exactly once, on its timeline, and resolves it when it moves on', async () => {
  const sellerRow = await makeUser(db, { role: 'seller' });
  const seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name } as const;
  const order = await makeOrder(db, { status: 'SUBMITTED' });
  await db
    .update(orders)
    .set({ statusChangedAt: sql`now() - interval '2 hours'` })
    .where(eq(orders.id, order.id));
  const breaches = () => db.select().from(slaBreaches).where(eq(slaBreaches.orderId, order.id));
  const flags = () =>
    db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, 'sla_breached')));

  await expect.poll(async () => (await breaches()).length, { timeout: 20_000 }).toBe(1);
  // More ticks on both workers, and watchdogs run by hand beside them: still one flag.
  await Promise.all([flagSlaBreaches(db), flagSlaBreaches(db), new Promise((r) => setTimeout(r, 1_500))]);
  expect(await breaches()).toHaveLength(1);
  expect((await flags()).map((event) => event.reason)).toEqual(['Stuck in Submitted longer than 1 hour']);
  const number = `FCT-${String(order.number).padStart(6, '0')}`;
  expect(lines.filter((line) => line.orderNumber === number)).toEqual([
    expect.objectContaining({ level: 40, msg: `${number}: Stuck in Submitted longer than 1 hour` }),
  ]);
  const record = await getOrderFlightRecord(db, seller, number);
  expect(record.entries).toContainEqual(
    expect.objectContaining({
      kind: 'event',
      title: 'Flagged past its time limit (v2)',
      detail: 'SLA watchdog — Stuck in Submitted longer than 1 hour',
    }),
  );
  expect((await countSlaBreachesByStatus(db)).find((entry) => entry.status === 'SUBMITTED')?.count).toBe(1);
  // The flag is a note, not a change of the order: it asks nobody to price it again.
  expect(await db.select().from(jobRuns).where(eq(jobRuns.subjectId, order.id))).toEqual([]);

  await transitionOrder(db, { orderId: order.id, to: 'PRICE_CALCULATED', actor: systemActor('Pricing') });
  expect((await countSlaBreachesByStatus(db)).find((entry) => entry.status === 'SUBMITTED')?.count).toBe(0);
  await expect.poll(async () => (await breaches())[0]?.resolvedAt, { timeout: 20_000 }).toBeInstanceOf(Date);
  expect(await flags()).toHaveLength(1);
});
