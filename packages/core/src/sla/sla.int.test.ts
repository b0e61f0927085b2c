import { orderEvents, orders, slaBreaches } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makePartner, makeUser } from '@facet/testing/factories';
import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listLateOrders } from '../crm/list-late-orders';
import { getOrderDetails } from '../orders/get-order-details';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { systemActor } from '../shared/actor';
import { countSlaBreachesByStatus } from './count-sla-breaches-by-status';
import { flagSlaBreaches } from './flag-sla-breaches';
import { resolveSlaBreaches } from './resolve-sla-breaches';

const { db } = useTestDb();
let seller: Actor;

beforeAll(async () => {
  const sellerRow = await makeUser(db, { role: 'seller', name: 'Sam Moreau' });
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name };
});

/** Puts an order's entry into its status `hours` back, as if it had been waiting there. */
async function enteredHoursAgo(orderId: string, hours: number) {
  await db
    .update(orders)
    .set({ statusChangedAt: sql`now() - make_interval(secs => ${hours * 3600})` })
    .where(eq(orders.id, orderId));
}

const breachesOf = (orderId: string) =>
  db.select().from(slaBreaches).where(eq(slaBreaches.orderId, orderId)).orderBy(asc(slaBreaches.flaggedAt));
const eventsOf = (orderId: string, type: string) =>
  db
    .select()
    .from(orderEvents)
    .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, type)))
    .orderBy(asc(orderEvents.version));
const countOf = async (status: string) =>
  (await countSlaBreachesByStatus(db)).find((entry) => entry.status === status)?.count ?? 0;

describe('the SLA watchdog', () => {
  it('flags an order stuck past its limit once, on its timeline, with no webhook to the partner', async () => {
    const { partner } = await makePartner(db, 'Atelier Watch');
    await db
      .insert(webhookEndpoints)
      .values({ partnerId: partner.id, url: 'https://example.test/hook', secret: 'whsec_test' });
    const order = await makeOrder(db, { status: 'SUBMITTED', channel: 'api', partnerId: partner.id });
    await enteredHoursAgo(order.id, 2);
    const before = await countOf('SUBMITTED');

    const flagged = await flagSlaBreaches(db);
    expect(flagged.filter((breach) => breach.orderId === order.id)).toEqual([
      expect.objectContaining({
        status: 'SUBMITTED',
        limitS: 3600,
        reason: 'Stuck in Submitted longer than 1 hour',
      }),
    ]);
    expect(flagged.find((breach) => breach.orderId === order.id)!.inStatusForS).toBeGreaterThanOrEqual(7199);

    const [breach] = await breachesOf(order.id);
    const [event] = await eventsOf(order.id, 'sla_breached');
    expect(event).toMatchObject({
      fromStatus: 'SUBMITTED',
      toStatus: 'SUBMITTED',
      actorKind: 'system',
      actorName: 'SLA watchdog',
      reason: 'Stuck in Submitted longer than 1 hour',
      version: 2,
    });
    expect(breach).toMatchObject({ status: 'SUBMITTED', limitS: 3600, eventVersion: 2, resolvedAt: null });
    const row = await db.query.orders.findFirst({ where: eq(orders.id, order.id) });
    expect(row).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(breach!.statusEnteredAt.getTime()).toBe(row!.statusChangedAt.getTime());
    // Realtime hears of it (the order page updates); the partner does not.
    const [announced] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.aggregateId, order.id), sql`${outbox.payload}->>'type' = 'sla_breached'`));
    expect(announced?.payload).toMatchObject({ version: 2, status: 'SUBMITTED', isCanary: false });
    expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orderId, order.id))).toEqual(
      [],
    );
    expect(await countOf('SUBMITTED')).toBe(before + 1);

    // The next passes find nothing new for this stay.
    await flagSlaBreaches(db);
    await flagSlaBreaches(db);
    expect(await breachesOf(order.id)).toHaveLength(1);
    expect(await eventsOf(order.id, 'sla_breached')).toHaveLength(1);
  });

  it('flags a stay exactly once when several watchdogs run at the same moment', async () => {
    const order = await makeOrder(db, { status: 'PRICE_CALCULATED' });
    await enteredHoursAgo(order.id, 49);
    const passes = await Promise.all(Array.from({ length: 4 }, () => flagSlaBreaches(db)));
    expect(passes.flat().filter((breach) => breach.orderId === order.id)).toHaveLength(1);
    expect(await breachesOf(order.id)).toHaveLength(1);
    const events = await eventsOf(order.id, 'sla_breached');
    expect(events.map((event) => event.reason)).toEqual(['Stuck in Priced longer than 2 days']);
  });

  it('leaves alone orders within their limit, drafts, finished orders and canary orders', async () => {
    const fresh = await makeOrder(db, { status: 'SUBMITTED' });
    await enteredHoursAgo(fresh.id, 0.5);
    const draft = await makeOrder(db, { status: 'INITIATED' });
    await enteredHoursAgo(draft.id, 500);
    const closed = await makeOrder(db, { status: 'CLOSED' });
    await enteredHoursAgo(closed.id, 500);
    const canary = await makeOrder(db, { status: 'SUBMITTED', isCanary: true });
    await enteredHoursAgo(canary.id, 5);
    const flagged = (await flagSlaBreaches(db)).map((breach) => breach.orderId);
    for (const order of [fresh, draft, closed, canary]) {
      expect(flagged).not.toContain(order.id);
      expect(await breachesOf(order.id)).toEqual([]);
    }
  });

  it('resolves the breach when the order moves on, and flags a later stay on its own', async () => {
    const order = await makeOrder(db, { status: 'SUBMITTED' });
    await enteredHoursAgo(order.id, 3);
    await flagSlaBreaches(db);
    const submittedBefore = await countOf('SUBMITTED');

    const moved = await transitionOrder(db, {
      orderId: order.id,
      to: 'PRICE_CALCULATED',
      actor: systemActor('Pricing'),
    });
    // Open breaches are read from where the order is now: it counts no more at once.
    expect(await countOf('SUBMITTED')).toBe(submittedBefore - 1);
    expect((await listLateOrders(db, seller)).items.map((late) => late.id)).not.toContain(order.id);

    expect(await resolveSlaBreaches(db)).toBeGreaterThanOrEqual(1);
    const [resolved] = await breachesOf(order.id);
    const [movedEvent] = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.version, moved.order.version)));
    expect(resolved!.resolvedAt?.getTime()).toBe(movedEvent!.createdAt.getTime());
    expect(await resolveSlaBreaches(db)).toBe(0);

    await enteredHoursAgo(order.id, 50);
    await flagSlaBreaches(db);
    const breaches = await breachesOf(order.id);
    expect(breaches.map((breach) => [breach.status, breach.resolvedAt === null])).toEqual([
      ['SUBMITTED', false],
      ['PRICE_CALCULATED', true],
    ]);
    expect((await eventsOf(order.id, 'sla_breached')).map((event) => event.reason)).toEqual([
      'Stuck in Submitted longer than 1 hour',
      'Stuck in Priced longer than 2 days',
    ]);
  });

  it('shows sellers which late orders it flagged and since when; shoppers do not see the flag', async () => {
    const customer = await makeUser(db, { role: 'customer' });
    const shopper: Actor = { kind: 'user', userId: customer.id, role: 'customer', name: customer.name };
    const order = await makeOrder(db, { status: 'MANUFACTURING_APPROVED', customerUserId: customer.id });
    const waiting = await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });
    await enteredHoursAgo(order.id, 30);
    await enteredHoursAgo(waiting.id, 30);
    const beforeFlag = new Date();
    await flagSlaBreaches(db, { limit: 500 });
    // Flagged, then found again: nothing changes, and the first flag's time stays.
    await flagSlaBreaches(db, { limit: 500 });

    const { items } = await listLateOrders(db, seller);
    const late = items.find((item) => item.id === order.id);
    expect(late).toMatchObject({ lateReason: 'stuck', stuckAfterS: 86_400 });
    expect(late!.flaggedAt!.getTime()).toBeGreaterThanOrEqual(beforeFlag.getTime() - 1000);

    const forSeller = await getOrderDetails(db, seller, order.id);
    expect(forSeller.timeline.map((event) => event.type)).toContain('sla_breached');
    const forShopper = await getOrderDetails(db, shopper, order.id);
    expect(forShopper.timeline.map((event) => event.type)).not.toContain('sla_breached');
  });

  it('counts open breaches for every status with a limit, zeros included', async () => {
    const counts = await countSlaBreachesByStatus(db);
    expect(counts.map((entry) => entry.status)).toEqual([
      'SUBMITTED',
      'PRICE_CALCULATED',
      'MANUFACTURING_APPROVED',
      'MANUFACTURING_STARTED',
      'MANUFACTURING_COMPLETED',
      'PACKAGING',
      'SHIPPED',
      'ON_HOLD',
    ]);
    expect(counts.every((entry) => Number.isInteger(entry.count) && entry.count >= 0)).toBe(true);
    expect(counts.find((entry) => entry.status === 'PACKAGING')?.count).toBe(0);
  });
});
