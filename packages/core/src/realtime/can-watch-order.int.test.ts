import { randomUUID } from 'node:crypto';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeOrder, makePartner, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { canWatchOrder } from './can-watch-order';

const { db } = useTestDb();

async function person(role: 'customer' | 'seller' | 'operator' | 'admin'): Promise<Actor> {
  const user = await makeUser(db, { role });
  return { kind: 'user', userId: user.id, role, name: user.name };
}

beforeAll(async () => {
  await makeAlloy(db, { code: 'AG925' });
});

describe('canWatchOrder', () => {
  it('lets a customer watch their own order, not another customer’s', async () => {
    const owner = await person('customer');
    const other = await person('customer');
    const order = await makeOrder(db, { customerUserId: owner.kind === 'user' ? owner.userId : null });
    expect(await canWatchOrder({ db }, owner, order.id)).toBe(true);
    expect(await canWatchOrder({ db }, other, order.id)).toBe(false);
  });

  it('lets staff watch any live order; an operator only pool orders or their own claim', async () => {
    const submitted = await makeOrder(db, { status: 'SUBMITTED' });
    const approved = await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });
    const seller = await person('seller');
    const operator = await person('operator');
    expect(await canWatchOrder({ db }, seller, submitted.id)).toBe(true);
    expect(await canWatchOrder({ db }, await person('admin'), submitted.id)).toBe(true);
    expect(await canWatchOrder({ db }, operator, submitted.id)).toBe(false);
    expect(await canWatchOrder({ db }, operator, approved.id)).toBe(true);
  });

  it('lets nobody of the workshop watch a sandbox order', async () => {
    const { partner } = await makePartner(db, 'Sandbox Atelier');
    const order = await makeOrder(db, { channel: 'api', partnerId: partner.id, mode: 'test' });
    expect(await canWatchOrder({ db }, await person('admin'), order.id)).toBe(false);
  });

  it('answers false for an unknown order and for anything that is not an order id', async () => {
    const admin = await person('admin');
    expect(await canWatchOrder({ db }, admin, randomUUID())).toBe(false);
    expect(await canWatchOrder({ db }, admin, 'FCT-001042')).toBe(false);
    expect(await canWatchOrder({ db }, admin, 42)).toBe(false);
  });
});
