import { orderEvents, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makeUser } from '@facet/testing/factories';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStoredMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { flagSlaBreaches } from '../sla/flag-sla-breaches';
import { getOrderDetails } from './get-order-details';
import { getOrderFlightRecord } from './get-order-flight-record';
import { formatOrderNumber } from './order-number';
import { priceOrder } from './price-order';
import { toTimelineEntry } from './timeline-entry';

const { db } = useTestDb();
const CYRILLIC = /[а-яё]{3,}/i;

let shopper: Actor;
let seller: Actor;
let alloy: Awaited<ReturnType<typeof makeAlloy>>;
beforeAll(async () => {
  const [customer, staff] = await Promise.all([
    makeUser(db, { role: 'customer', name: 'Ivan Petrov' }),
    makeUser(db, { role: 'seller', name: 'Sam Moreau' }),
  ]);
  shopper = { kind: 'user', userId: customer.id, role: 'customer', name: customer.name };
  seller = { kind: 'user', userId: staff.id, role: 'seller', name: staff.name };
  alloy = await makeAlloy(db);
});

/** A shopper's submitted order of one piece, whose model the parser refused. */
async function submittedWithRefusedModel() {
  const model = await makeModel(db, {
    originalName: 'ring.stl',
    ownerUserId: shopper.kind === 'user' ? shopper.userId : null,
    status: 'REJECTED',
    rejectionReason: 'The STL file contains no triangles.',
    rejectionMessage: { key: 'mesh.stl.no-triangles', params: {} },
  });
  const order = await makeOrder(db, {
    status: 'SUBMITTED',
    customerUserId: shopper.kind === 'user' ? shopper.userId : null,
    alloyCode: alloy.code,
  });
  await makeOrderItem(db, { orderId: order.id, modelId: model.id, alloyId: alloy.id, alloyCode: alloy.code });
  return order;
}

describe('an order refused at pricing', () => {
  it('says why on its page and its timeline in the shopper’s language, keeping the English', async () => {
    const order = await submittedWithRefusedModel();
    expect(await priceOrder(db, order.id)).toEqual({
      outcome: 'rejected',
      reason: 'ring.stl: The STL file contains no triangles.',
    });

    const details = await getOrderDetails(db, shopper, order.id);
    expect(details).toMatchObject({
      status: 'REJECTED',
      statusReason: 'ring.stl: The STL file contains no triangles.',
    });
    expect(renderStoredMessage(details.statusReasonMessage, 'ru')).toBe(
      'ring.stl: В файле STL нет ни одного треугольника.',
    );
    const refusal = details.timeline.at(-1)!;
    expect(refusal).toMatchObject({
      toStatus: 'REJECTED',
      reason: 'ring.stl: The STL file contains no triangles.',
    });
    const russian = renderStoredMessage(refusal.reasonMessage, 'ru');
    expect(russian).toBe('ring.stl: В файле STL нет ни одного треугольника.');
    expect(russian).not.toContain('triangles');
    expect(renderStoredMessage(refusal.reasonMessage, 'en')).toBe(refusal.reason);

    // The flight recorder says who and why in the seller's language too.
    const record = await getOrderFlightRecord(db, seller, formatOrderNumber(order.number));
    const line = record.entries.find((entry) => entry.title.startsWith('Status: Rejected'));
    expect(line?.detail).toBe('Pricing — ring.stl: The STL file contains no triangles.');
    expect(renderStoredMessage(line?.detailMessage, 'ru')).toBe(
      'Pricing — ring.stl: В файле STL нет ни одного треугольника.',
    );
  });

  it('shows a line written before messages were kept as it was stored', async () => {
    const order = await makeOrder(db, { status: 'CANCELLED', statusReason: 'Emptied the cart.' });
    await db.insert(orderEvents).values({
      orderId: order.id,
      version: 2,
      type: 'status_changed',
      fromStatus: 'FILE_UPLOADED',
      toStatus: 'CANCELLED',
      actorKind: 'user',
      actorName: 'Ivan Petrov',
      reason: 'Emptied the cart.',
      data: { traceId: 'abc' },
    });
    const [event] = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    const entry = toTimelineEntry(event!);
    expect(entry).toMatchObject({ reason: 'Emptied the cart.', reasonMessage: null });
    expect(renderStoredMessage(entry.reasonMessage, 'ru') ?? entry.reason).toBe('Emptied the cart.');
  });
});

describe('an order flagged past its time limit', () => {
  it('has the flag on its timeline in Russian, with the status and the limit as Russian says them', async () => {
    const order = await makeOrder(db, {
      status: 'PRICE_CALCULATED',
      alloyCode: alloy.code,
      statusChangedAt: new Date(Date.now() - 10 * 86_400_000),
    });
    await flagSlaBreaches(db, { now: new Date() });
    const events = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.version));
    const flag = toTimelineEntry(events.at(-1)!);
    expect(flag.type).toBe('sla_breached');
    expect(flag.reason).toMatch(/^Stuck in Priced longer than /);
    const russian = renderStoredMessage(flag.reasonMessage, 'ru');
    expect(russian).toMatch(/^Заказ задержался в статусе «Рассчитан» дольше \d+ (дня|дней|часа|часов)$/);
    expect(russian).toMatch(CYRILLIC);
    const row = await db.query.orders.findFirst({ where: eq(orders.id, order.id) });
    expect(row?.status).toBe('PRICE_CALCULATED');
  });
});
