import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

/*
 * Two databases stand for a primary and a replica that has not caught up: an order exists only on
 * the "replica". What each procedure answers shows which one it read.
 */
const primary = useTestDb();
const replica = useTestDb();
const createCaller = createCallerFactory(appRouter);
let seller: { id: string; name: string; email: string; role: 'seller' };
let onlyOnReplica: { id: string };

beforeAll(async () => {
  const row = await makeUser(primary.db, { role: 'seller', name: 'Sam Seller' });
  await makeUser(replica.db, { ...row, email: row.email });
  seller = { id: row.id, name: row.name, email: row.email, role: 'seller' };
  onlyOnReplica = await makeOrder(replica.db, {
    status: 'PRICE_CALCULATED',
    channel: 'crm',
    totalCents: 4200,
  });
});

describe('DATABASE_READ_URL', () => {
  it('serves the dashboard and the CRM lists from the replica, and order pages from the primary', async () => {
    const caller = createCaller({ db: primary.db, readDb: replica.db, user: seller, requestId: 'test' });
    const list = await caller.crm.orders.list({});
    expect(list.items.map((order) => order.id)).toContain(onlyOnReplica.id);
    const figures = await caller.crm.dashboard.get({ channel: 'crm' });
    expect(figures.ordersPerDay.reduce((sum, day) => sum + day.crm, 0)).toBe(1);
    await expect(caller.crm.orders.get({ orderId: onlyOnReplica.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('falls back to the primary when there is no replica', async () => {
    const caller = createCaller({ db: primary.db, user: seller, requestId: 'test' });
    expect((await caller.crm.orders.list({})).items).toEqual([]);
    const figures = await caller.crm.dashboard.get({ channel: 'crm' });
    expect(figures.ordersPerDay.reduce((sum, day) => sum + day.crm, 0)).toBe(0);
  });
});
