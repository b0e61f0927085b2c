import { orderEvents, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { castingTrees } from '@facet/db/schema/production';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeOrder, makeUser } from '@facet/testing/factories';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cancelOrder } from '../crm/cancel-order';
import { holdOrder } from '../crm/hold-order';
import { resumeOrder } from '../crm/resume-order';
import { countOrdersByStatus } from '../orders/count-orders-by-status';
import { getOrderFlightRecord } from '../orders/get-order-flight-record';
import { formatOrderNumber } from '../orders/order-number';
import { claimOrder } from '../production/claim-order';
import { releaseOrder } from '../production/release-order';
import type { Actor } from '../shared/actor';
import { addOrdersToTree } from './add-orders-to-tree';
import { castTree } from './cast-tree';
import { createCastingTree } from './create-casting-tree';
import { getCastingTree } from './get-casting-tree';
import { recordWaxWeight } from './record-wax-weight';
import { removeOrderFromTree } from './remove-order-from-tree';

const { db } = useTestDb();
let olga: Actor;
let anna: Actor;
let seller: Actor;
let admin: Actor;
let silver: string;
let gold: string;
let flask = 100;

beforeAll(async () => {
  const [a, b, s, d] = await Promise.all([
    makeUser(db, { role: 'operator', name: 'Olga Brandt' }),
    makeUser(db, { role: 'operator', name: 'Anna Kowalski' }),
    makeUser(db, { role: 'seller', name: 'Sam Moreau' }),
    makeUser(db, { role: 'admin', name: 'Ada Lindqvist' }),
  ]);
  olga = { kind: 'user', userId: a.id, role: 'operator', name: a.name };
  anna = { kind: 'user', userId: b.id, role: 'operator', name: b.name };
  seller = { kind: 'user', userId: s.id, role: 'seller', name: s.name };
  admin = { kind: 'user', userId: d.id, role: 'admin', name: d.name };
  silver = (await makeAlloy(db, { waxRatio: 10.36, sprueAllowanceG: 20, pricePerGramCents: 160 })).code;
  gold = (await makeAlloy(db, { name: 'Yellow gold 750', metal: 'gold', waxRatio: 15.58 })).code;
});

/** An approved order of `alloyCode`, claimed by `operator` through the real claim. */
async function claimed(operator: Actor, alloyCode = silver) {
  const order = await makeOrder(db, { status: 'MANUFACTURING_APPROVED', alloyCode, totalCents: 180_00 });
  await claimOrder(db, operator, { orderId: order.id });
  return order;
}

const nextFlask = () => ++flask;

describe('casting trees', () => {
  it('casts a tree of one operator’s silver orders: metal to issue, loss, and every order moved on', async () => {
    const [first, second] = [await claimed(olga), await claimed(olga)];
    const built = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [first.id, second.id],
    });
    expect(built).toMatchObject({ status: 'OPEN', orderCount: 2, waxWeightG: null });

    const weighed = await recordWaxWeight(db, olga, { treeId: built.id, waxWeightG: 12.5 });
    expect(weighed.metalToIssueG).toBe(149.5);

    const cast = await castTree(db, olga, {
      treeId: built.id,
      metalIssuedG: 150,
      returnedPiecesG: 98.2,
      returnedButtonG: 45.1,
      returnedScrapG: 3.7,
    });
    expect(cast).toMatchObject({ status: 'CAST', lossG: 3, lossPct: 2, lossValueCents: 480 });
    expect(cast.orders.map((order) => order.status)).toEqual([
      'MANUFACTURING_COMPLETED',
      'MANUFACTURING_COMPLETED',
    ]);
    expect(cast.events.map((event) => event.type)).toEqual([
      'built',
      'order_added',
      'order_added',
      'wax_weighed',
      'cast',
    ]);

    // Each order's own timeline tells it: put on the tree, then cast in it, through the transition.
    const timeline = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, first.id))
      .orderBy(asc(orderEvents.version));
    expect(timeline.map((event) => [event.type, event.toStatus])).toEqual([
      ['status_changed', 'MANUFACTURING_STARTED'],
      ['casting_tree_joined', 'MANUFACTURING_STARTED'],
      ['status_changed', 'MANUFACTURING_COMPLETED'],
    ]);
    expect(timeline.at(-1)).toMatchObject({ reason: `Cast in the tree on flask ${cast.flaskNumber}` });
    const record = await getOrderFlightRecord(db, seller, formatOrderNumber(first.number));
    const told = record.entries
      .filter((entry) => entry.kind === 'event')
      .map((entry) => [entry.title, entry.detail]);
    expect(told).toContainEqual([
      'Put on casting tree (v3)',
      `Olga Brandt — On the tree on flask ${cast.flaskNumber}`,
    ]);
    expect(told).toContainEqual([
      'Status: Cast and finished (v4)',
      `Olga Brandt — Cast in the tree on flask ${cast.flaskNumber}`,
    ]);
    const pushed = await db.select().from(outbox).where(eq(outbox.aggregateId, first.id));
    expect(pushed.map((row) => (row.payload as { status: string }).status)).toContain(
      'MANUFACTURING_COMPLETED',
    );
    expect((await countOrdersByStatus(db)).MANUFACTURING_COMPLETED).toBeGreaterThanOrEqual(2);
  });

  it('refuses an order of another alloy, naming both alloys', async () => {
    const goldOrder = await claimed(olga, gold);
    const tree = await createCastingTree(db, olga, { flaskNumber: nextFlask(), alloyCode: silver });
    await expect(
      addOrdersToTree(db, olga, { treeId: tree.id, orderIds: [goldOrder.id] }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: `${formatOrderNumber(goldOrder.number)} is in ${gold}, but the tree on flask ${tree.flaskNumber} is for ${silver}: a tree is cast in one alloy.`,
    });
  });

  it('refuses an order claimed by another operator, and one nobody claimed', async () => {
    const annas = await claimed(anna);
    const unclaimed = await makeOrder(db, { status: 'MANUFACTURING_APPROVED', alloyCode: silver });
    const tree = await createCastingTree(db, olga, { flaskNumber: nextFlask(), alloyCode: silver });
    await expect(addOrdersToTree(db, olga, { treeId: tree.id, orderIds: [annas.id] })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: `${formatOrderNumber(annas.number)} is claimed by Anna Kowalski: only the operator who claimed an order puts it on their tree.`,
    });
    await expect(
      addOrdersToTree(db, olga, { treeId: tree.id, orderIds: [unclaimed.id] }),
    ).rejects.toMatchObject({
      message: `${formatOrderNumber(unclaimed.number)} is not claimed: claim it from the pool first.`,
    });
    // Nothing of a refused batch is kept.
    expect((await getCastingTree(db, olga, { treeId: tree.id })).orders).toEqual([]);
  });

  it('refuses an order on hold, with the seller’s reason', async () => {
    const order = await claimed(olga);
    await holdOrder(db, seller, { orderId: order.id, reason: 'Client changes the engraving' });
    await expect(
      createCastingTree(db, olga, { flaskNumber: nextFlask(), alloyCode: silver, orderIds: [order.id] }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: `${formatOrderNumber(order.number)} is on hold (“Client changes the engraving”): it can go on a tree once a seller resumes it.`,
    });
  });

  it('refuses an order already on another tree, a flask in use, and changes by anyone but the builder', async () => {
    const order = await claimed(olga);
    const flaskNumber = nextFlask();
    const first = await createCastingTree(db, olga, { flaskNumber, alloyCode: silver, orderIds: [order.id] });
    const second = await createCastingTree(db, olga, { flaskNumber: nextFlask(), alloyCode: silver });
    await expect(
      addOrdersToTree(db, olga, { treeId: second.id, orderIds: [order.id] }),
    ).rejects.toMatchObject({
      message: `${formatOrderNumber(order.number)} is on the tree on flask ${flaskNumber} already: take it off that tree first.`,
    });
    await expect(createCastingTree(db, anna, { flaskNumber, alloyCode: silver })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Flask ${flaskNumber} already holds a tree that is not cast yet: pick another flask.`,
    });
    await expect(recordWaxWeight(db, anna, { treeId: first.id, waxWeightG: 5 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createCastingTree(db, admin, { flaskNumber: nextFlask(), alloyCode: silver }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
  });

  it('will not cast a tree before its wax is weighed, or while an order on it is on hold', async () => {
    const order = await claimed(olga);
    const tree = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [order.id],
    });
    const weights = {
      treeId: tree.id,
      metalIssuedG: 50,
      returnedPiecesG: 30,
      returnedButtonG: 18,
      returnedScrapG: 1,
    };
    await expect(castTree(db, olga, weights)).rejects.toMatchObject({
      message: 'Weigh the wax first: the metal to issue comes from it.',
    });
    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 2.5 });
    await holdOrder(db, seller, { orderId: order.id, reason: 'Payment check' });
    await expect(castTree(db, olga, weights)).rejects.toMatchObject({
      message: `${formatOrderNumber(order.number)} is on hold: take it off the tree or wait until a seller resumes it.`,
    });
    await resumeOrder(db, seller, order.id);
    expect((await castTree(db, olga, weights)).status).toBe('CAST');
  });

  it('takes a cancelled order off its open tree and says why on the tree, and asks for the wax again', async () => {
    const [kept, cancelled] = [await claimed(olga), await claimed(olga)];
    const tree = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [kept.id, cancelled.id],
    });
    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 6 });
    // A claimed order is cancelled the way the workshop does it: held by a seller, then cancelled.
    await holdOrder(db, seller, { orderId: cancelled.id, reason: 'Client withdrew' });
    await cancelOrder(db, seller, { orderId: cancelled.id, reason: 'Client withdrew' });

    const after = await getCastingTree(db, olga, { treeId: tree.id });
    expect(after.orderCount).toBe(1);
    expect(after.waxWeightG).toBeNull();
    expect(after.orders.find((order) => order.id === cancelled.id)).toMatchObject({
      status: 'CANCELLED',
      removedReason: 'Cancelled by Sam Moreau (“Client withdrew”)',
    });
    expect(after.events.at(-1)?.message).toBe(
      `${formatOrderNumber(cancelled.number)} was cancelled by Sam Moreau (“Client withdrew”) and is off the tree; weigh the wax again before casting.`,
    );

    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 3 });
    const cast = await castTree(db, olga, {
      treeId: tree.id,
      metalIssuedG: 51.08,
      returnedPiecesG: 30,
      returnedButtonG: 20,
      returnedScrapG: 0.5,
    });
    const statuses = await db
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(eq(orders.id, cancelled.id));
    expect(statuses[0]?.status).toBe('CANCELLED');
    expect(cast.orders.find((order) => order.id === kept.id)?.status).toBe('MANUFACTURING_COMPLETED');
  });

  it('keeps an order cancelled after casting in the tree’s accounts, and explains it', async () => {
    const order = await claimed(olga);
    const tree = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [order.id],
    });
    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 2 });
    await castTree(db, olga, {
      treeId: tree.id,
      metalIssuedG: 40.7,
      returnedPiecesG: 20,
      returnedButtonG: 20,
      returnedScrapG: 0,
    });
    await holdOrder(db, seller, { orderId: order.id, reason: 'Stone supplier failed' });
    await cancelOrder(db, seller, { orderId: order.id, reason: 'Stone supplier failed' });
    const after = await getCastingTree(db, olga, { treeId: tree.id });
    expect(after).toMatchObject({ status: 'CAST', orderCount: 1, lossG: 0.7 });
    expect(after.events.at(-1)?.message).toBe(
      `${formatOrderNumber(order.number)} was cancelled by Sam Moreau after casting (“Stone supplier failed”): its metal stays in this tree’s accounts.`,
    );
  });

  it('takes a released order off its tree', async () => {
    const order = await claimed(olga);
    const tree = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [order.id],
    });
    await releaseOrder(db, olga, { orderId: order.id, reason: 'Wrong size' });
    const after = await getCastingTree(db, olga, { treeId: tree.id });
    expect(after.orderCount).toBe(0);
    expect(after.orders[0]?.removedReason).toBe('Released to the pool by Olga Brandt (“Wrong size”)');
    // Claimed again by Anna, it may go on her tree.
    await claimOrder(db, anna, { orderId: order.id });
    const annas = await createCastingTree(db, anna, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [order.id],
    });
    expect(annas.orderCount).toBe(1);
  });

  it('lets the builder take an order off and put it back, and refuses changes to a cast tree', async () => {
    const order = await claimed(olga);
    const tree = await createCastingTree(db, olga, {
      flaskNumber: nextFlask(),
      alloyCode: silver,
      orderIds: [order.id],
    });
    expect((await removeOrderFromTree(db, olga, { treeId: tree.id, orderId: order.id })).orderCount).toBe(0);
    expect((await addOrdersToTree(db, olga, { treeId: tree.id, orderIds: [order.id] })).orderCount).toBe(1);
    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 1 });
    await castTree(db, olga, {
      treeId: tree.id,
      metalIssuedG: 31,
      returnedPiecesG: 10,
      returnedButtonG: 20,
      returnedScrapG: 0,
    });
    await expect(removeOrderFromTree(db, olga, { treeId: tree.id, orderId: order.id })).rejects.toMatchObject(
      {
        code: 'CONFLICT',
        message: `The tree on flask ${tree.flaskNumber} is cast already.`,
      },
    );
    const [row] = await db
      .select()
      .from(castingTrees)
      .where(and(eq(castingTrees.id, tree.id)));
    expect(row?.status).toBe('CAST');
  });
});
