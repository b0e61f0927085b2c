import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { castTree } from '../casting/cast-tree';
import { createCastingTree } from '../casting/create-casting-tree';
import { recordWaxWeight } from '../casting/record-wax-weight';
import { claimOrder } from '../production/claim-order';
import { releaseOrder } from '../production/release-order';
import type { Actor } from '../shared/actor';
import { getMyEarnings } from './get-my-earnings';
import { exportOperatorEarningsCsv, listOperatorEarnings } from './list-operator-earnings';
import { setPayRate } from './pay-rate';

const { db } = useTestDb();
let olga: Actor;
let anna: Actor;
let admin: Actor;
let alloy: Awaited<ReturnType<typeof makeAlloy>>;
const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });

beforeAll(async () => {
  const [a, b, d] = await Promise.all([
    makeUser(db, { role: 'operator', name: 'Olga Brandt' }),
    makeUser(db, { role: 'operator', name: 'Anna Kowalski' }),
    makeUser(db, { role: 'admin', name: 'Ada Lindqvist' }),
  ]);
  olga = { kind: 'user', userId: a.id, role: 'operator', name: a.name };
  anna = { kind: 'user', userId: b.id, role: 'operator', name: b.name };
  admin = { kind: 'user', userId: d.id, role: 'admin', name: d.name };
  alloy = await makeAlloy(db, { waxRatio: 10, sprueAllowanceG: 20, pricePerGramCents: 160 });
});

/** An approved order whose single item has 60 € of work and 120 € of metal. */
async function approvedOrder() {
  const order = await makeOrder(db, {
    status: 'MANUFACTURING_APPROVED',
    alloyCode: alloy.code,
    totalCents: 180_00,
  });
  const model = await makeModel(db);
  await makeOrderItem(db, {
    orderId: order.id,
    modelId: model.id,
    alloyId: alloy.id,
    alloyCode: alloy.code,
    quantity: 1,
    priceBreakdown: {
      lines: [
        { code: 'metal', label: 'metal', amountCents: 120_00 },
        { code: 'casting', label: 'casting', amountCents: 60_00 },
      ],
    },
  });
  return order;
}

describe('what each operator did and earned', () => {
  it('counts claims, releases, finished orders, their value and the metal lost on their trees', async () => {
    const [a, b, c] = [await approvedOrder(), await approvedOrder(), await approvedOrder()];
    for (const order of [a, b, c]) await claimOrder(db, olga, { orderId: order.id });
    await releaseOrder(db, olga, { orderId: c.id });
    await claimOrder(db, anna, { orderId: c.id });
    const tree = await createCastingTree(db, olga, {
      flaskNumber: 7,
      alloyCode: alloy.code,
      orderIds: [a.id, b.id],
    });
    await recordWaxWeight(db, olga, { treeId: tree.id, waxWeightG: 10 });
    await castTree(db, olga, {
      treeId: tree.id,
      metalIssuedG: 120,
      returnedPiecesG: 70,
      returnedButtonG: 45,
      returnedScrapG: 2.5,
    });

    await setPayRate(db, admin, { kind: 'per_order', perOrderCents: 15_00 });
    const mine = await getMyEarnings(db, olga, period());
    expect(mine.rate).toMatchObject({ kind: 'per_order', perOrderCents: 15_00, setByName: 'Ada Lindqvist' });
    expect(mine.earnings).toMatchObject({
      operatorName: 'Olga Brandt',
      claimed: 3,
      released: 1,
      finished: 2,
      valueCents: 360_00,
      treesCast: 1,
      metalLossG: 2.5,
      metalLossValueCents: 400,
      earnedCents: 30_00,
    });
    expect(mine.earnings.orders.map((line) => line.number).sort()).toEqual([a.number, b.number].sort());

    await setPayRate(db, admin, { kind: 'work_share', workSharePct: 10 });
    expect((await getMyEarnings(db, olga, period())).earnings.earnedCents).toBe(12_00);

    const report = await listOperatorEarnings(db, admin, period());
    expect(
      report.operators.map((row) => [row.operatorName, row.claimed, row.finished, row.earnedCents]),
    ).toEqual([
      ['Anna Kowalski', 1, 0, 0],
      ['Olga Brandt', 3, 2, 12_00],
    ]);
    const { csv } = await exportOperatorEarningsCsv(db, admin, period());
    expect(csv.split('\r\n')[2]).toMatch(/^Olga Brandt,[^,]+,3,2,1,360\.00,2\.50,4\.00,12\.00$/);
  });

  it('shows nothing outside the period, and refuses the admins’ report to an operator', async () => {
    const past = { from: new Date('2020-01-01'), to: new Date('2020-02-01') };
    expect((await getMyEarnings(db, olga, past)).earnings).toMatchObject({
      claimed: 0,
      finished: 0,
      earnedCents: 0,
    });
    await expect(listOperatorEarnings(db, olga, period())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getMyEarnings(db, admin, period())).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
  });
});
