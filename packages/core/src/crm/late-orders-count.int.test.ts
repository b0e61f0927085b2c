import { orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeUser } from '@facet/testing/factories';
import { expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { LATE_ORDERS_COUNTED_UP_TO } from './late-orders-page-size';
import { listLateOrders } from './list-late-orders';

const { db } = useTestDb();

async function stuckOrders(count: number) {
  const longAgo = new Date(Date.now() - 90 * 24 * 3600_000);
  await db.insert(orders).values(
    Array.from({ length: count }, () => ({
      status: 'SUBMITTED' as const,
      channel: 'shop' as const,
      alloyCode: 'AG925',
      statusChangedAt: longAgo,
    })),
  );
}

it('counts late orders exactly up to its limit, and past it says "or more"', async () => {
  const user = await makeUser(db, { role: 'seller' });
  const seller: Actor = { kind: 'user', userId: user.id, role: 'seller', name: user.name };

  await stuckOrders(LATE_ORDERS_COUNTED_UP_TO - 1);
  const below = await listLateOrders(db, seller, { limit: 3 });
  expect(below.total).toBe(LATE_ORDERS_COUNTED_UP_TO - 1);
  expect(below.totalIsAtLeast).toBe(false);

  await stuckOrders(1);
  const atTheLimit = await listLateOrders(db, seller, { limit: 3 });
  expect(atTheLimit.total).toBe(LATE_ORDERS_COUNTED_UP_TO);
  expect(atTheLimit.totalIsAtLeast).toBe(false);

  await stuckOrders(1);
  const past = await listLateOrders(db, seller, { limit: 3 });
  expect(past.total).toBe(LATE_ORDERS_COUNTED_UP_TO);
  expect(past.totalIsAtLeast).toBe(true);
  expect(past.items).toHaveLength(3);
  expect(past.nextCursor).not.toBeNull();
});
