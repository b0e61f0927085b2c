import { claims } from '@facet/db/schema/production';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { addProductionNote } from './add-production-note';
import { advanceProduction } from './advance-production';
import { claimOrder } from './claim-order';
import { getConsoleOrder } from './get-console-order';
import { listMyWork } from './list-my-work';
import { listPool } from './list-pool';
import { releaseOrder } from './release-order';

const { db } = useTestDb();
let olga: Actor;
let anna: Actor;

beforeAll(async () => {
  const [a, b] = await Promise.all([
    makeUser(db, { role: 'operator', name: 'Olga Brandt' }),
    makeUser(db, { role: 'operator', name: 'Anna Kowalski' }),
  ]);
  olga = { kind: 'user', userId: a.id, role: 'operator', name: a.name };
  anna = { kind: 'user', userId: b.id, role: 'operator', name: b.name };
});

async function approvedOrder() {
  const alloy = await makeAlloy(db);
  const model = await makeModel(db, { originalName: 'band.stl' });
  const order = await makeOrder(db, {
    status: 'MANUFACTURING_APPROVED',
    alloyCode: alloy.code,
    totalCents: 42_00,
  });
  await makeOrderItem(db, { orderId: order.id, modelId: model.id, alloyId: alloy.id, alloyCode: alloy.code });
  return order;
}

describe('production', () => {
  it('moves a claimed order through every step to shipped, completing the claim', async () => {
    const order = await approvedOrder();
    await claimOrder(db, olga, { orderId: order.id });
    expect((await listMyWork(db, olga)).map((card) => card.id)).toContain(order.id);
    expect((await listMyWork(db, anna)).map((card) => card.id)).not.toContain(order.id);
    expect((await listPool(db, olga, {})).items.map((card) => card.id)).not.toContain(order.id);

    await expect(
      advanceProduction(db, anna, { orderId: order.id, from: 'MANUFACTURING_STARTED' }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    for (const from of ['MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING'] as const) {
      await advanceProduction(db, olga, { orderId: order.id, from });
    }
    // A second click on a step already taken changes nothing.
    await expect(advanceProduction(db, olga, { orderId: order.id, from: 'PACKAGING' })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    );

    const card = await getConsoleOrder(db, olga, { orderId: order.id });
    expect(card.status).toBe('SHIPPED');
    expect(card.timeline.map((entry) => entry.toStatus)).toEqual([
      'MANUFACTURING_STARTED',
      'MANUFACTURING_COMPLETED',
      'PACKAGING',
      'SHIPPED',
    ]);
    expect((await listMyWork(db, olga)).map((c) => c.id)).not.toContain(order.id);
    const [claim] = await db.select().from(claims).where(eq(claims.orderId, order.id));
    expect(claim).toMatchObject({ operatorId: olga.kind === 'user' ? olga.userId : '', releasedAt: null });
    expect(claim!.completedAt).toBeInstanceOf(Date);
  });

  it('releases an order back to the top of the pool, and only its claimant may', async () => {
    const order = await approvedOrder();
    await approvedOrder();
    await claimOrder(db, olga, { orderId: order.id });
    await expect(releaseOrder(db, anna, { orderId: order.id })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await releaseOrder(db, olga, { orderId: order.id, reason: 'Wrong size in the drawing' });
    const pool = await listPool(db, anna, { limit: 1 });
    expect(pool.items[0]).toMatchObject({ id: order.id, status: 'MANUFACTURING_APPROVED', claimedAt: null });
    const [claim] = await db.select().from(claims).where(eq(claims.orderId, order.id));
    expect(claim!.releasedAt).toBeInstanceOf(Date);

    // Now Anna wins it; her card offers the next step, Olga's offers nothing.
    await claimOrder(db, anna, { orderId: order.id });
    const forAnna = await getConsoleOrder(db, anna, { orderId: order.id });
    expect(forAnna.claimant?.name).toBe('Anna Kowalski');
    expect(forAnna.actions).toEqual({
      claim: false,
      release: true,
      nextStep: { to: 'MANUFACTURING_COMPLETED', label: 'Mark cast and finished' },
    });
    expect((await getConsoleOrder(db, olga, { orderId: order.id })).actions).toEqual({
      claim: false,
      release: false,
      nextStep: null,
    });
  });

  it('keeps notes on an order, in order, with their authors', async () => {
    const order = await approvedOrder();
    await addProductionNote(db, olga, { orderId: order.id, body: 'Sprue on the inside.' });
    await addProductionNote(db, anna, { orderId: order.id, body: 'Polished by hand.' });
    const card = await getConsoleOrder(db, anna, { orderId: order.id });
    expect(card.notes.map((note) => [note.authorName, note.body])).toEqual([
      ['Olga Brandt', 'Sprue on the inside.'],
      ['Anna Kowalski', 'Polished by hand.'],
    ]);
    expect(card.items[0]!.model).toMatchObject({ originalName: 'band.stl', previewGlbReady: false });
  });

  it('hides orders that are not in production from operators', async () => {
    const order = await makeOrder(db, { status: 'PRICE_CALCULATED' });
    await expect(getConsoleOrder(db, olga, { orderId: order.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(addProductionNote(db, olga, { orderId: order.id, body: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
