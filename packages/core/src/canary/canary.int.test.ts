import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { models } from '@facet/db/schema/models';
import { canaryRuns } from '@facet/db/schema/operations';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { analyseMesh } from '@facet/mesh/analyse';
import { parseModel } from '@facet/mesh/parse';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../crm/get-dashboard';
import { listApprovalRules } from '../crm/list-approval-rules';
import { listLateOrders } from '../crm/list-late-orders';
import { listPartners } from '../crm/list-partners';
import { listSellerOrders } from '../crm/list-seller-orders';
import { searchClients } from '../crm/search-clients';
import { type AnalyseBytes, analyseModel } from '../models/analyse-model';
import { countOrdersByStatus } from '../orders/count-orders-by-status';
import { priceOrder } from '../orders/price-order';
import { listPool } from '../production/list-pool';
import type { Actor } from '../shared/actor';
import { LocalDiskStorage } from '../storage/local-disk-storage';
import { CANARY_PARTNER_NAME } from './canary-partner';
import { CANARY_ARRIVED_REASON, checkCanaryRuns } from './check-canary-runs';
import { getCanaryStatus } from './get-canary-status';
import { removeCanaryFiles } from './remove-canary-files';
import { MAX_CANARIES_IN_FLIGHT, startCanaryRun } from './start-canary-run';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-canary-'));
const storage = new LocalDiskStorage({ root: storageDir });
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
const SCHEDULE = { everyMs: 5 * 60_000, deadlineMs: 2 * 60_000 };
const analyseBytes: AnalyseBytes = async (bytes) => ({ ok: true, analysis: analyseMesh(parseModel(bytes)) });
let seller: Actor;
let operator: Actor;

beforeAll(async () => {
  const sellerRow = await makeUser(db, { role: 'seller' });
  const operatorRow = await makeUser(db, { role: 'operator' });
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name };
  operator = { kind: 'user', userId: operatorRow.id, role: 'operator', name: operatorRow.name };
  await makeAlloy(db, { code: 'AG925' });
});

const runOf = async (runId: string) =>
  (await db.select().from(canaryRuns).where(eq(canaryRuns.id, runId)))[0]!;
const orderOf = async (orderId: string) => (await db.select().from(orders).where(eq(orders.id, orderId)))[0]!;
/** What the outbox relay does: every row sent. */
const relayOutbox = () =>
  db.update(outbox).set({ publishedAt: new Date() }).where(isNull(outbox.publishedAt));
const later = (ms: number) => new Date(Date.now() + ms);

async function startedRun() {
  const started = await startCanaryRun({ db, storage }, SCHEDULE);
  if (started.outcome !== 'started') throw new Error(`canary not started: ${JSON.stringify(started)}`);
  return started;
}

describe('the canary, step by step', () => {
  it('has never run on a new install', async () => {
    expect(await getCanaryStatus(db)).toMatchObject({ state: 'never', ok: false, latest: null });
  });

  it('crosses the pipeline as a partner order, is approved by its rule, and leaves the pool once it arrived', async () => {
    const before = await countOrdersByStatus(db);
    const started = await startedRun();
    expect((await db.select().from(models).where(eq(models.id, started.modelId)))[0]).toMatchObject({
      status: 'UPLOADED',
    });
    expect(await getCanaryStatus(db)).toMatchObject({ state: 'pending', ok: false });
    // Not ordered before its model is analysed, as a partner reads its quote first.
    expect(await checkCanaryRuns(db)).toEqual([]);

    await analyseModel({ db, storage, analyseBytes }, started.modelId);
    const [placed] = await checkCanaryRuns(db);
    expect(placed).toMatchObject({ runId: started.runId, outcome: 'placed' });
    const orderId = (placed as { orderId: string }).orderId;
    expect(await orderOf(orderId)).toMatchObject({
      status: 'SUBMITTED',
      channel: 'api',
      isCanary: true,
      externalRef: `canary-${started.runId}`,
    });

    expect(await priceOrder(db, orderId)).toMatchObject({ outcome: 'priced' });
    expect((await orderOf(orderId)).status).toBe('MANUFACTURING_APPROVED');
    // Approved, but the push announcing it has not left the outbox: not arrived yet.
    expect(await checkCanaryRuns(db)).toEqual([]);
    expect((await runOf(started.runId)).status).toBe('running');

    await relayOutbox();
    const [arrived] = await checkCanaryRuns(db);
    expect(arrived).toMatchObject({ runId: started.runId, outcome: 'arrived', orderId });
    expect((arrived as { tookS: number }).tookS).toBeGreaterThan(0);
    expect(await runOf(started.runId)).toMatchObject({ status: 'ok', error: null });
    expect(await orderOf(orderId)).toMatchObject({
      status: 'CANCELLED',
      statusReason: CANARY_ARRIVED_REASON,
    });
    const timeline = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, orderId))
      .orderBy(asc(orderEvents.version));
    expect(timeline.map((event) => [event.toStatus, event.actorName])).toEqual([
      ['SUBMITTED', CANARY_PARTNER_NAME],
      ['PRICE_CALCULATED', 'Pricing'],
      ['MANUFACTURING_APPROVED', 'Approval rule'],
      ['CANCELLED', CANARY_PARTNER_NAME],
    ]);

    const status = await getCanaryStatus(db);
    expect(status).toMatchObject({ state: 'ok', ok: true, troubleSince: null });
    expect(status.latest).toMatchObject({ runId: started.runId, orderId, orderStatus: 'CANCELLED' });
    expect(status.lastSuccessAt).toEqual((await runOf(started.runId)).arrivedAt);
    // Nothing of it counts: the status counters are where they were.
    expect(await countOrdersByStatus(db)).toEqual(before);
  });

  it('is out of sight of sellers and operators: orders, clients, partners, rules, dashboard, late list, pool', async () => {
    const [canary] = await db.select().from(orders).where(eq(orders.isCanary, true));
    expect(canary).toBeDefined();
    expect((await listSellerOrders(db, seller, {})).items.map((order) => order.id)).not.toContain(canary!.id);
    expect((await listSellerOrders(db, seller, { channel: 'api' })).items).toEqual([]);
    expect((await searchClients(db, seller, { query: 'canary' })).items).toEqual([]);
    expect((await searchClients(db, seller, {})).items.map((client) => client.name)).not.toContain(
      CANARY_PARTNER_NAME,
    );
    expect((await listPartners(db, seller)).map((partner) => partner.name)).not.toContain(
      CANARY_PARTNER_NAME,
    );
    expect((await listApprovalRules(db, seller)).map((rule) => rule.partnerName)).not.toContain(
      CANARY_PARTNER_NAME,
    );
    const dashboard = await getDashboard(db, seller);
    expect(dashboard.ordersPerDay.reduce((sum, day) => sum + day.shop + day.crm + day.api, 0)).toBe(0);
    expect(dashboard.revenuePerWeek.every((week) => week.orders === 0 && week.totalCents === 0)).toBe(true);
    expect(dashboard.timeInStatus).toEqual([]);
    expect(Object.values(dashboard.ordersByStatus).every((count) => count === 0)).toBe(true);

    // Even while one sits in the pool (between its approval and its check), operators do not see it.
    await db.update(orders).set({ status: 'MANUFACTURING_APPROVED' }).where(eq(orders.id, canary!.id));
    expect((await listPool(db, operator, {})).items).toEqual([]);
    expect((await countOrdersByStatus(db)).MANUFACTURING_APPROVED ?? 0).toBe(0);
    await db.update(orders).set({ status: 'CANCELLED' }).where(eq(orders.id, canary!.id));
    expect((await listLateOrders(db, seller)).items).toEqual([]);
  });

  it('is reported late when its deadline passes on the way, and its late arrival is recorded', async () => {
    const started = await startedRun();
    expect(await checkCanaryRuns(db, later(SCHEDULE.deadlineMs - 1_000))).toEqual([]);
    const [late] = await checkCanaryRuns(db, later(SCHEDULE.deadlineMs + 1_000));
    expect(late).toEqual({
      runId: started.runId,
      outcome: 'late',
      orderId: null,
      number: null,
      stage: 'its model is not analysed yet',
    });
    const run = await runOf(started.runId);
    expect(run).toMatchObject({
      status: 'late',
      error: expect.stringContaining('Not in the pool 120 s after'),
    });
    // Reported once: the next checks say nothing more.
    expect(await checkCanaryRuns(db, later(SCHEDULE.deadlineMs + 2_000))).toEqual([]);

    const status = await getCanaryStatus(db, later(SCHEDULE.deadlineMs + 2_000));
    expect(status).toMatchObject({ state: 'late', ok: false, troubleSince: run.deadlineAt });
    expect(status.lastSuccessAt).not.toBeNull();

    // The pipeline mends: the canary goes on and its arrival is recorded, still late.
    await analyseModel({ db, storage, analyseBytes }, started.modelId);
    const [placed] = await checkCanaryRuns(db);
    const orderId = (placed as { orderId: string }).orderId;
    await priceOrder(db, orderId);
    await relayOutbox();
    expect(await checkCanaryRuns(db)).toEqual([
      expect.objectContaining({ runId: started.runId, outcome: 'arrived-late', orderId }),
    ]);
    expect(await runOf(started.runId)).toMatchObject({ status: 'late', arrivedAt: expect.any(Date) });
    expect((await orderOf(orderId)).status).toBe('CANCELLED');
    expect((await getCanaryStatus(db)).state).toBe('late');
  });

  it('counts a canary past its deadline as late even when no check ran (the worker is down)', async () => {
    const started = await startedRun();
    const status = await getCanaryStatus(db, later(SCHEDULE.deadlineMs + 5_000));
    expect(status).toMatchObject({ state: 'late', ok: false });
    expect(status.latest).toMatchObject({ runId: started.runId, status: 'running' });
    await db
      .update(canaryRuns)
      .set({ status: 'failed', error: 'test cleanup' })
      .where(eq(canaryRuns.id, started.runId));
  });

  it('fails when its model is rejected', async () => {
    const started = await startedRun();
    await db
      .update(models)
      .set({ status: 'REJECTED', rejectionReason: 'This model has holes.' })
      .where(eq(models.id, started.modelId));
    expect(await checkCanaryRuns(db)).toEqual([
      expect.objectContaining({
        runId: started.runId,
        outcome: 'failed',
        error: 'Its model was rejected: This model has holes.',
      }),
    ]);
    expect((await getCanaryStatus(db)).state).toBe('failed');
  });

  it('is missing when the last canary was fine but none started when the next was due', async () => {
    const started = await startedRun();
    await analyseModel({ db, storage, analyseBytes }, started.modelId);
    const [placed] = await checkCanaryRuns(db);
    await priceOrder(db, (placed as { orderId: string }).orderId);
    await relayOutbox();
    await checkCanaryRuns(db);
    expect((await getCanaryStatus(db)).state).toBe('ok');
    const run = await runOf(started.runId);
    const status = await getCanaryStatus(db, later(SCHEDULE.everyMs + SCHEDULE.deadlineMs + 1_000));
    expect(status).toMatchObject({ state: 'missing', ok: false, troubleSince: run.nextDueAt });
  });

  it(`starts no new canary while ${MAX_CANARIES_IN_FLIGHT} are still on their way`, async () => {
    const inFlight = [];
    for (let i = 0; i < MAX_CANARIES_IN_FLIGHT; i++) inFlight.push(await startedRun());
    expect(await startCanaryRun({ db, storage }, SCHEDULE)).toEqual({
      outcome: 'skipped',
      inFlight: MAX_CANARIES_IN_FLIGHT,
    });
    for (const run of inFlight)
      await db.update(canaryRuns).set({ status: 'failed' }).where(eq(canaryRuns.id, run.runId));
    expect((await startCanaryRun({ db, storage }, SCHEDULE)).outcome).toBe('started');
  });

  it('removes the files of canaries closed for an hour, and only theirs', async () => {
    const [closed] = await db
      .select({ fileKey: models.fileKey, runId: canaryRuns.id })
      .from(canaryRuns)
      .innerJoin(models, eq(models.id, canaryRuns.modelId))
      .innerJoin(orders, eq(orders.id, canaryRuns.orderId))
      .where(eq(orders.status, 'CANCELLED'))
      .orderBy(asc(canaryRuns.startedAt));
    expect(await storage.getHead(closed!.fileKey, 4)).toHaveLength(4);
    expect(await removeCanaryFiles({ db, storage })).toBe(0);
    const removed = await removeCanaryFiles({ db, storage }, { now: later(2 * 3600_000) });
    expect(removed).toBe(3);
    await expect(storage.getHead(closed!.fileKey, 4)).rejects.toThrow();
    expect((await runOf(closed!.runId)).filesRemovedAt).not.toBeNull();
    expect(await removeCanaryFiles({ db, storage }, { now: later(2 * 3600_000) })).toBe(0);
  });
});
