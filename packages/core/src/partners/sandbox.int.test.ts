import { orderEvents, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { webhookDeliveries } from '@facet/db/schema/partners';
import { orderDayRollups, orderStatusTimeRollups } from '@facet/db/schema/reports';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner, makeUser } from '@facet/testing/factories';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '../crm/get-dashboard';
import { listClientActivity } from '../crm/list-client-activity';
import { listClientOrders } from '../crm/list-client-orders';
import { listLateOrders } from '../crm/list-late-orders';
import { listSellerOrders } from '../crm/list-seller-orders';
import { listOperatorEarnings } from '../earnings/list-operator-earnings';
import { approveOrders } from '../orders/approve-orders';
import { countOrdersByStatus } from '../orders/count-orders-by-status';
import { getOrderDetails } from '../orders/get-order-details';
import { getOrderFlightRecord } from '../orders/get-order-flight-record';
import type { OrderChangedPayload } from '../orders/order-changed';
import { priceOrder } from '../orders/price-order';
import { getConsoleOrder } from '../production/get-console-order';
import { listConsoleCards } from '../production/list-console-cards';
import { listPool } from '../production/list-pool';
import { ROOMS, roomsForOrderChange } from '../realtime/events';
import type { Actor } from '../shared/actor';
import { countSlaBreachesByStatus } from '../sla/count-sla-breaches-by-status';
import { flagSlaBreaches } from '../sla/flag-sla-breaches';
import { findStalledWork } from '../system/find-stalled-work';
import { advanceTestOrder, runSandboxStep } from './advance-test-order';
import { listApiRequests, recordApiRequests } from './api-request-log';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { getPartnerOrder } from './get-partner-order';
import { getWebhookEndpoint } from './get-webhook-endpoint';
import { listPartnerOrders } from './list-partner-orders';
import { listWebhookEndpoints } from './list-webhook-endpoints';
import { placePartnerOrder } from './place-partner-order';
import { RING_ANALYSIS, WORK_RATES } from './test-fixtures';
import type { TWebhookEvent } from './webhook-event';

const { db } = useTestDb();

type PartnerActor = Extract<Actor, { kind: 'partner' }>;
let live: PartnerActor;
let test: PartnerActor;
let clientId: string;
let seller: Actor;
let operator: Actor;
let admin: Actor;
let liveOrderId: string;
let testOrderId: string;
let liveEndpointId: string;
let testEndpointId: string;
const startedAt = new Date(Date.now() - 60_000);

/** Public addresses (TEST-NET-3 would be refused as reserved): registration only, nothing is sent. */
const LIVE_HOOK = 'https://93.184.215.14/live-hooks';
const TEST_HOOK = 'https://93.184.215.14/test-hooks';

beforeAll(async () => {
  const { partner, client } = await makePartner(db, 'Atelier Sandbox');
  clientId = client.id;
  live = { kind: 'partner', partnerId: partner.id, name: partner.name, mode: 'live' };
  test = { ...live, mode: 'test' };
  const people = await Promise.all(
    (['seller', 'operator', 'admin'] as const).map(async (role) => {
      const user = await makeUser(db, { role });
      return { kind: 'user', userId: user.id, role, name: user.name } as const;
    }),
  );
  [seller, operator, admin] = people as [Actor, Actor, Actor];
  const alloyCode = (await makeAlloy(db, { workRates: WORK_RATES })).code;
  const liveModel = await makeModel(db, {
    partnerId: partner.id,
    status: 'ANALYSED',
    analysis: RING_ANALYSIS,
  });
  const testModel = await makeModel(db, {
    partnerId: partner.id,
    mode: 'test',
    status: 'ANALYSED',
    analysis: RING_ANALYSIS,
  });
  liveEndpointId = (await createWebhookEndpoint(db, live, partner.id, { url: LIVE_HOOK })).id;
  testEndpointId = (await createWebhookEndpoint(db, test, partner.id, { url: TEST_HOOK })).id;

  const item = (modelId: string) => ({
    modelId,
    alloyCode,
    finish: 'polished' as const,
    scale: 1,
    quantity: 1,
  });
  // The same reference in both modes: references are unique per mode.
  liveOrderId = (await placePartnerOrder(db, live, { items: [item(liveModel.id)], externalRef: 'PO-7' })).id;
  testOrderId = (await placePartnerOrder(db, test, { items: [item(testModel.id)], externalRef: 'PO-7' })).id;
  // A test key cannot order a live model, nor a live key a test one.
  await expect(placePartnerOrder(db, test, { items: [item(liveModel.id)] })).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
  await expect(placePartnerOrder(db, live, { items: [item(testModel.id)] })).rejects.toMatchObject({
    code: 'NOT_FOUND',
  });
  // Both priced as they were placed (their models are analysed): the pricing job has nothing left.
  expect(await priceOrder(db, liveOrderId)).toMatchObject({ outcome: 'skipped', status: 'PRICE_CALCULATED' });
  expect(await priceOrder(db, testOrderId)).toMatchObject({ outcome: 'skipped', status: 'PRICE_CALCULATED' });
});

const statusOf = async (orderId: string) =>
  (await db.query.orders.findFirst({ where: eq(orders.id, orderId) }))!;

describe('a sandbox order, priced, among the workshop’s readers', () => {
  it('is off the books, and the status counts hold the live order only', async () => {
    expect(await statusOf(testOrderId)).toMatchObject({ mode: 'test', offBooks: true });
    expect(await statusOf(liveOrderId)).toMatchObject({ mode: 'live', offBooks: false });
    const counts = await countOrdersByStatus(db);
    expect(counts.PRICE_CALCULATED).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('is not in the CRM’s orders, approvals, client pages or flight recorder', async () => {
    const listed = await listSellerOrders(db, seller, { statuses: ['PRICE_CALCULATED'] });
    expect(listed.items.map((order) => order.id)).toEqual([liveOrderId]);
    const all = await listSellerOrders(db, seller, {});
    expect(all.items.map((order) => order.id)).toEqual([liveOrderId]);
    const clientOrders = await listClientOrders(db, seller, { clientId });
    expect(clientOrders.items.map((order) => order.id)).toEqual([liveOrderId]);
    const activity = await listClientActivity(db, seller, { clientId });
    const activityOrders = new Set(
      activity.items.flatMap((item) => (item.kind === 'order_event' ? [item.orderId] : [])),
    );
    expect([...activityOrders]).toEqual([liveOrderId]);
    await expect(getOrderDetails(db, seller, testOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOrderDetails(db, admin, testOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getOrderDetails(db, seller, liveOrderId)).id).toBe(liveOrderId);
    const testNumber = (await statusOf(testOrderId)).number;
    await expect(getOrderFlightRecord(db, seller, `FCT-${testNumber}`)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getOrderFlightRecord(db, seller, testOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const dashboard = await getDashboard(db, seller);
    expect(dashboard.waitingForApproval).toBe(1);
    expect(dashboard.ordersPerDay.reduce((sum, day) => sum + day.api, 0)).toBe(1);
    expect(Object.values(dashboard.ordersByStatus).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('cannot be approved by a seller: for the workshop it does not exist', async () => {
    const result = await approveOrders(db, seller, { orderIds: [liveOrderId, testOrderId] });
    expect(result.approved).toEqual([liveOrderId]);
    expect(result.refused).toEqual([
      {
        orderId: testOrderId,
        reason: 'No such order.',
        reasonMessage: { key: 'order.not-found', params: {} },
      },
    ]);
    expect((await statusOf(testOrderId)).status).toBe('PRICE_CALCULATED');
  });

  it('is never late, never flagged by the SLA watchdog', async () => {
    const longAgo = new Date(Date.now() - 10 * 86_400_000);
    await db
      .update(orders)
      .set({ statusChangedAt: longAgo, promisedAt: longAgo })
      .where(inArray(orders.id, [liveOrderId, testOrderId]));
    const late = await listLateOrders(db, seller, {});
    expect(late.items.map((order) => order.id)).toEqual([liveOrderId]);
    const flagged = await flagSlaBreaches(db);
    expect(flagged.map((breach) => breach.orderId)).toEqual([liveOrderId]);
    expect((await countSlaBreachesByStatus(db)).reduce((sum, row) => sum + row.count, 0)).toBe(1);
    // …but the sweeper knows its sandbox step is overdue (a lost job), and puts it back.
    const { sandboxSteps } = await findStalledWork(db, { olderThanMs: 60_000 });
    expect(sandboxSteps).toEqual([{ orderId: testOrderId, version: (await statusOf(testOrderId)).version }]);
  });

  it('moves on by the sandbox and never reaches the operators’ pool, cards or pushes', async () => {
    const priced = await statusOf(testOrderId);
    expect(await runSandboxStep(db, { orderId: testOrderId, version: priced.version })).toEqual({
      moved: true,
      to: 'MANUFACTURING_APPROVED',
    });
    // A repeat of the same step (the job again) does nothing.
    expect(await runSandboxStep(db, { orderId: testOrderId, version: priced.version })).toMatchObject({
      moved: false,
    });
    // The sandbox never moves a live order.
    const liveNow = await statusOf(liveOrderId);
    expect(await runSandboxStep(db, { orderId: liveOrderId, version: liveNow.version })).toMatchObject({
      moved: false,
    });
    expect((await statusOf(testOrderId)).status).toBe('MANUFACTURING_APPROVED');
    const pool = await listPool(db, operator, {});
    expect(pool.items.map((card) => card.id)).toEqual([liveOrderId]);
    const cards = await listConsoleCards(db, operator, { orderIds: [liveOrderId, testOrderId] });
    expect(cards.map((card) => card.id)).toEqual([liveOrderId]);
    await expect(getConsoleOrder(db, operator, { orderId: testOrderId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const testPushes = await db.select().from(outbox).where(eq(outbox.aggregateId, testOrderId));
    expect(testPushes.length).toBeGreaterThan(0);
    for (const row of testPushes.filter((r) => r.topic === 'order.changed')) {
      const event = row.payload as OrderChangedPayload;
      expect(event.mode).toBe('test');
      expect(roomsForOrderChange(event)).toEqual([ROOMS.order(testOrderId)]);
    }
  });

  it('reaches SHIPPED by itself, step by step, and rests there', async () => {
    for (;;) {
      const order = await statusOf(testOrderId);
      const step = await runSandboxStep(db, { orderId: testOrderId, version: order.version });
      if (!step.moved) break;
    }
    const shipped = await statusOf(testOrderId);
    expect(shipped.status).toBe('SHIPPED');
    const steps = await db
      .select({ to: orderEvents.toStatus, actor: orderEvents.actorName })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, testOrderId))
      .orderBy(orderEvents.version);
    expect(steps.map((step) => step.to)).toEqual([
      'SUBMITTED',
      'PRICE_CALCULATED',
      'MANUFACTURING_APPROVED',
      'MANUFACTURING_STARTED',
      'MANUFACTURING_COMPLETED',
      'PACKAGING',
      'SHIPPED',
    ]);
    expect(steps.slice(2).every((step) => step.actor === 'Facet sandbox')).toBe(true);
  });

  it('left no trace in the status counts, the report rollups or the earnings', async () => {
    const counts = await countOrdersByStatus(db);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1);
    expect(counts.SHIPPED).toBe(0);
    const [days] = await db
      .select({ n: sql<number>`coalesce(sum(${orderDayRollups.orders}), 0)::int` })
      .from(orderDayRollups);
    expect(days!.n).toBe(1);
    const [stays] = await db
      .select({ n: sql<number>`coalesce(sum(${orderStatusTimeRollups.stays}), 0)::int` })
      .from(orderStatusTimeRollups);
    // The live order left SUBMITTED and PRICE_CALCULATED; the sandbox order's six stays are not there.
    expect(stays!.n).toBe(2);
    const dashboard = await getDashboard(db, seller);
    expect(dashboard.ordersByStatus.SHIPPED).toBe(0);
    expect(dashboard.revenuePerWeek.reduce((sum, week) => sum + week.orders, 0)).toBe(1);
    const earnings = await listOperatorEarnings(db, admin, {
      from: startedAt,
      to: new Date(Date.now() + 60_000),
    });
    expect(earnings.operators.every((row) => row.finished === 0)).toBe(true);
  });
});

describe('a sandbox order, as its partner sees it', () => {
  it('is the test key’s: read and listed with it, 404 and unlisted with the live key', async () => {
    expect(await getPartnerOrder(db, test, testOrderId)).toMatchObject({ id: testOrderId, mode: 'test' });
    await expect(getPartnerOrder(db, live, testOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPartnerOrder(db, test, liveOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPartnerOrders(db, live, {})).items.map((o) => o.id)).toEqual([liveOrderId]);
    expect((await listPartnerOrders(db, test, {})).items.map((o) => o.id)).toEqual([testOrderId]);
    expect(
      (await listPartnerOrders(db, live, { externalRef: 'PO-7' })).items.map((o) => [o.id, o.mode]),
    ).toEqual([[liveOrderId, 'live']]);
    const since = { updatedSince: startedAt };
    expect((await listPartnerOrders(db, live, since)).items.map((o) => o.id)).toEqual([liveOrderId]);
    expect((await listPartnerOrders(db, test, since)).items.map((o) => o.id)).toEqual([testOrderId]);
  });

  it('is moved on with the simulate call by a test key only', async () => {
    await expect(advanceTestOrder(db, live, testOrderId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      reason: 'live-key-in-sandbox',
    });
    await expect(advanceTestOrder(db, test, liveOrderId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const closed = await advanceTestOrder(db, test, testOrderId);
    expect(closed).toMatchObject({ status: 'CLOSED', mode: 'test' });
    await expect(advanceTestOrder(db, test, testOrderId)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('sends its webhooks to the test endpoint only, each saying "mode": "test"', async () => {
    const deliveries = await db
      .select()
      .from(webhookDeliveries)
      .where(inArray(webhookDeliveries.endpointId, [liveEndpointId, testEndpointId]));
    const toTest = deliveries.filter((d) => d.endpointId === testEndpointId);
    const toLive = deliveries.filter((d) => d.endpointId === liveEndpointId);
    // Created, priced and the six steps to CLOSED.
    expect(toTest).toHaveLength(8);
    expect(
      toTest.every((d) => d.orderId === testOrderId && (d.payload as TWebhookEvent).mode === 'test'),
    ).toBe(true);
    expect(toLive.length).toBeGreaterThan(0);
    expect(
      toLive.every((d) => d.orderId === liveOrderId && (d.payload as TWebhookEvent).mode === 'live'),
    ).toBe(true);
    expect(
      toTest
        .map((d) => (d.payload as TWebhookEvent).data)
        .map((data) => 'order' in data && data.order.status),
    ).toContain('SHIPPED');
  });

  it('keeps webhook endpoints and the request log apart per mode', async () => {
    expect((await listWebhookEndpoints(db, live, live.partnerId)).map((e) => [e.id, e.mode])).toEqual([
      [liveEndpointId, 'live'],
    ]);
    expect((await listWebhookEndpoints(db, test, test.partnerId)).map((e) => [e.id, e.mode])).toEqual([
      [testEndpointId, 'test'],
    ]);
    expect((await listWebhookEndpoints(db, seller, live.partnerId)).map((e) => e.mode).sort()).toEqual([
      'live',
      'test',
    ]);
    await expect(getWebhookEndpoint(db, live, testEndpointId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getWebhookEndpoint(db, test, liveEndpointId)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const entry = (mode: 'live' | 'test', requestId: string) => ({
      partnerId: live.partnerId,
      apiKeyId: null,
      keyPrefix: `fct_${mode}_abcd`,
      mode,
      method: 'GET',
      route: '/api/v1/orders',
      status: 200,
      durationMs: 3,
      requestId,
      idempotencyKey: null,
      apiVersion: '2026-12-01',
      at: new Date(),
    });
    await recordApiRequests(db, [entry('live', 'req-live'), entry('test', 'req-test')]);
    const ids = async (actor: Actor) =>
      (await listApiRequests(db, actor, live.partnerId)).data.map((row) => row.requestId).sort();
    expect(await ids(live)).toEqual(['req-live']);
    expect(await ids(test)).toEqual(['req-test']);
    expect(await ids(seller)).toEqual(['req-live', 'req-test']);
  });

  it('is visible only as a test order in the database itself', async () => {
    const rows = await db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.partnerId, live.partnerId), eq(orders.offBooks, false)));
    expect(rows.map((row) => row.id)).toEqual([liveOrderId]);
  });
});
