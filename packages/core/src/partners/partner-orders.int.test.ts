import { orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner } from '@facet/testing/factories';
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OrderChangedPayload } from '../orders/order-changed';
import type { Actor } from '../shared/actor';
import { cancelPartnerOrder } from './cancel-partner-order';
import { getPartnerModel } from './get-partner-model';
import { getPartnerOrder } from './get-partner-order';
import { listPartnerOrders } from './list-partner-orders';
import { placePartnerOrder } from './place-partner-order';
import { quoteModel } from './quote-model';
import { RING_ANALYSIS, WORK_RATES } from './test-fixtures';

const { db } = useTestDb();

type PartnerActor = Extract<Actor, { kind: 'partner' }>;
let lumen: PartnerActor;
let rival: PartnerActor;
let modelId: string;
let rivalModelId: string;
let alloyCode: string;

beforeAll(async () => {
  const a = (await makePartner(db, 'Lumen')).partner;
  const b = (await makePartner(db, 'Rival')).partner;
  lumen = { kind: 'partner', partnerId: a.id, name: a.name };
  rival = { kind: 'partner', partnerId: b.id, name: b.name };
  alloyCode = (await makeAlloy(db, { workRates: WORK_RATES })).code;
  modelId = (await makeModel(db, { partnerId: a.id, status: 'ANALYSED', analysis: RING_ANALYSIS })).id;
  rivalModelId = (await makeModel(db, { partnerId: b.id, status: 'ANALYSED', analysis: RING_ANALYSIS })).id;
});

const item = () => ({ modelId, alloyCode, finish: 'polished' as const, scale: 1, quantity: 1 });

describe('partner orders', () => {
  it('places an order through createOrder and prices it at once when its models are analysed', async () => {
    const order = await placePartnerOrder(db, lumen, { items: [item()], externalRef: 'PO-1' });
    expect(order).toMatchObject({
      status: 'PRICE_CALCULATED',
      version: 2,
      externalRef: 'PO-1',
      items: [{ modelId, unitPriceCents: expect.any(Number) }],
    });
    expect(order.totalCents).toBe(order.items[0]!.unitPriceCents);
    expect(order.totalCents).toBeGreaterThan(0);
    expect(order.timeline).toEqual([
      expect.objectContaining({ version: 1, type: 'created', toStatus: 'SUBMITTED', by: 'partner' }),
      expect.objectContaining({
        version: 2,
        fromStatus: 'SUBMITTED',
        toStatus: 'PRICE_CALCULATED',
        by: 'system',
      }),
    ]);
    const row = await db.query.orders.findFirst({ where: eq(orders.id, order.id) });
    expect(row).toMatchObject({ channel: 'api', partnerId: lumen.partnerId, totalCents: order.totalCents });
    // The same answer as a read of it afterwards.
    expect(await getPartnerOrder(db, lumen, order.id)).toEqual(order);
    // Its creation asks for no pricing job: the price follows in the same transaction.
    const changes = await db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.aggregateId, order.id))
      .orderBy(asc(outbox.id));
    expect(
      changes.map(({ payload }) => [
        (payload as OrderChangedPayload).status,
        (payload as OrderChangedPayload).pricedAtOnce,
      ]),
    ).toEqual([
      ['SUBMITTED', true],
      ['PRICE_CALCULATED', undefined],
    ]);
  });

  it('leaves an order whose model is still being analysed to the pricing job', async () => {
    const pending = (await makeModel(db, { partnerId: lumen.partnerId, status: 'UPLOADED' })).id;
    const order = await placePartnerOrder(db, lumen, { items: [{ ...item(), modelId: pending }] });
    expect(order).toMatchObject({ status: 'SUBMITTED', version: 1, totalCents: null });
    expect(order.timeline).toEqual([
      expect.objectContaining({ version: 1, type: 'created', toStatus: 'SUBMITTED', by: 'partner' }),
    ]);
    const [change] = await db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.aggregateId, order.id));
    expect(change!.payload).not.toHaveProperty('pricedAtOnce');
  });

  it('refuses a second order with the same externalRef', async () => {
    await placePartnerOrder(db, lumen, { items: [item()], externalRef: 'PO-dup' });
    await expect(
      placePartnerOrder(db, lumen, { items: [item()], externalRef: 'PO-dup' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'external-ref-taken',
    });
  });

  it("answers NOT_FOUND for another partner's orders and models", async () => {
    const order = await placePartnerOrder(db, lumen, { items: [item()] });
    await expect(getPartnerOrder(db, rival, order.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getPartnerOrder(db, rival, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelPartnerOrder(db, rival, order.id, { reason: 'mine now' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      placePartnerOrder(db, lumen, { items: [{ ...item(), modelId: rivalModelId }] }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getPartnerModel(db, lumen, rivalModelId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cancels before production and records who and why', async () => {
    const order = await placePartnerOrder(db, lumen, { items: [item()] });
    const cancelled = await cancelPartnerOrder(db, lumen, order.id, {
      reason: 'Customer changed their mind',
    });
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Customer changed their mind',
      version: 3,
    });
    expect(cancelled.timeline.at(-1)).toMatchObject({
      fromStatus: 'PRICE_CALCULATED',
      toStatus: 'CANCELLED',
      by: 'partner',
    });
    await expect(cancelPartnerOrder(db, lumen, order.id, { reason: 'again' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('lists newest first with a cursor, filters by status, and walks changes since an instant', async () => {
    const partner = (await makePartner(db, 'Lister')).partner;
    const actor: PartnerActor = { kind: 'partner', partnerId: partner.id, name: partner.name };
    const ownModel = (
      await makeModel(db, { partnerId: partner.id, status: 'ANALYSED', analysis: RING_ANALYSIS })
    ).id;
    const placed = [];
    for (let i = 0; i < 5; i += 1) {
      placed.push(
        await placePartnerOrder(db, actor, {
          items: [{ ...item(), modelId: ownModel }],
          externalRef: `L-${i}`,
        }),
      );
    }
    const first = await listPartnerOrders(db, actor, { limit: 2 });
    expect(first.items.map((o) => o.externalRef)).toEqual(['L-4', 'L-3']);
    const second = await listPartnerOrders(db, actor, { limit: 2, cursor: first.nextCursor! });
    const third = await listPartnerOrders(db, actor, { limit: 2, cursor: second.nextCursor! });
    expect([...second.items, ...third.items].map((o) => o.externalRef)).toEqual(['L-2', 'L-1', 'L-0']);
    expect(third.nextCursor).toBeNull();

    await db
      .update(orders)
      .set({ updatedAt: sql`now() - interval '1 hour'` })
      .where(eq(orders.partnerId, partner.id));
    const since = new Date();
    await cancelPartnerOrder(db, actor, placed[1]!.id, { reason: 'not needed' });
    // A change shows once every transaction older than it (in any database of the server) has ended.
    await expect
      .poll(
        async () =>
          (await listPartnerOrders(db, actor, { updatedSince: since })).items.map((o) => o.externalRef),
        {
          timeout: 15_000,
        },
      )
      .toEqual(['L-1']);
    const cancelled = await listPartnerOrders(db, actor, { status: ['CANCELLED'] });
    expect(cancelled.items.map((o) => o.externalRef)).toEqual(['L-1']);
    const byRef = await listPartnerOrders(db, actor, { externalRef: 'L-3' });
    expect(byRef.items).toHaveLength(1);
    await expect(listPartnerOrders(db, actor, { cursor: 'garbage' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      (await listPartnerOrders(db, rival, {})).items.every((o) => o.externalRef?.startsWith('L-') !== true),
    ).toBe(true);
  });

  it('quotes an analysed model per alloy and shows it with its printability', async () => {
    const quotes = await quoteModel(db, lumen, { modelId, alloyCode, quantity: 2 });
    expect(quotes.printable).toBe(true);
    expect(quotes.quotes).toHaveLength(1);
    expect(quotes.quotes[0]).toMatchObject({ alloyCode, quantity: 2 });
    const model = await getPartnerModel(db, lumen, modelId);
    expect(model.printability).toEqual({ printable: true, problems: [], warnings: [] });
    expect(model.quotes.map((quote) => quote.alloyCode)).toContain(alloyCode);
    const pending = (await makeModel(db, { partnerId: lumen.partnerId })).id;
    await expect(quoteModel(db, lumen, { modelId: pending })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
