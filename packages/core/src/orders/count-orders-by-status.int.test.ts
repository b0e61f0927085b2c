import type { DbOrTx } from '@facet/db/client';
import { ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claimOrder } from '../production/claim-order';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { countOrdersByStatus } from './count-orders-by-status';

const WRITERS = 32;
// One connection per writer, and some for the watcher and the test itself.
const { db } = useTestDb({ max: WRITERS + 4 });

async function countedByTable(): Promise<Record<OrderStatus, number>> {
  const rows = await db.execute<{ status: OrderStatus; count: string }>(
    sql`select status, count(*) as count from orders where not is_canary group by status`,
  );
  const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<
    OrderStatus,
    number
  >;
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

async function makeOperator(): Promise<Extract<Actor, { kind: 'user' }>> {
  const user = await makeUser(db, { role: 'operator' });
  return { kind: 'user', userId: user.id, role: 'operator', name: user.name };
}

/**
 * WRITERS transactions at once, each doing its counted write and then holding its locks for a while,
 * under a short lock_timeout: a writer that had to wait for another's lock fails. Meanwhile lock
 * requests still waiting in this database are sampled from pg_locks.
 */
async function writeAllAtOnce(write: (tx: DbOrTx, writer: number) => Promise<unknown>) {
  let watching = true;
  const waitsSeen: string[] = [];
  const watcher = (async () => {
    while (watching) {
      const waiting = await db.execute<{ locktype: string; mode: string }>(sql`
        select l.locktype, l.mode from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where not l.granted and a.datname = current_database()`);
      for (const lock of waiting) waitsSeen.push(`${lock.locktype} ${lock.mode}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const results = await Promise.allSettled(
    Array.from({ length: WRITERS }, (_, writer) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '100ms'`);
        await write(tx, writer);
        await tx.execute(sql`select pg_sleep(0.4)`);
      }),
    ),
  );
  watching = false;
  await watcher;
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [String(result.reason?.cause ?? result.reason)] : [],
  );
  return { failures, waitsSeen };
}

describe('order counts by status', () => {
  it(`lets ${WRITERS} concurrent creations and claims write their counts without waiting for each other`, async () => {
    const approved = await Promise.all(
      Array.from({ length: WRITERS / 2 }, () => makeOrder(db, { status: 'MANUFACTURING_APPROVED' })),
    );
    const before = await countOrdersByStatus(db);

    const { failures, waitsSeen } = await writeAllAtOnce(async (tx, writer) => {
      if (writer % 2 === 0) {
        await tx
          .insert(orders)
          .values({ status: 'MANUFACTURING_APPROVED', channel: 'shop', alloyCode: 'AG925' });
      } else {
        await tx
          .update(orders)
          .set({ status: 'MANUFACTURING_STARTED' })
          .where(eq(orders.id, approved[(writer - 1) / 2]!.id));
      }
    });

    expect(failures).toEqual([]);
    expect(waitsSeen).toEqual([]);
    const after = await countOrdersByStatus(db);
    expect(after.MANUFACTURING_APPROVED).toBe(before.MANUFACTURING_APPROVED);
    expect(after.MANUFACTURING_STARTED).toBe(before.MANUFACTURING_STARTED + WRITERS / 2);
    expect(after).toEqual(await countedByTable());
  });

  it('would see the waits of writers that share one row (the check itself can fail)', async () => {
    const { failures, waitsSeen } = await writeAllAtOnce((tx) =>
      tx.execute(sql`update order_status_counts set count = count where status = 'CLOSED' and stripe = 0`),
    );
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]).toMatch(/lock timeout/);
    expect(waitsSeen.length).toBeGreaterThan(0);
  });

  it('stays equal to count(*) after thousands of mixed concurrent writes, rolled-back ones included', async () => {
    const operators = await Promise.all(Array.from({ length: 8 }, makeOperator));
    const OPERATIONS = 3_000;
    let next = 0;
    let claimed = 0;
    const writer = async () => {
      while (next < OPERATIONS) {
        const step = next++;
        const kind = step % 6;
        if (kind === 0 || kind === 1) {
          // A creation, now and then a canary (which the counts leave out).
          await makeOrder(db, {
            status: ORDER_STATUSES[step % ORDER_STATUSES.length]!,
            isCanary: step % 25 === 0,
          });
        } else if (kind === 2) {
          // A claim, often of an order another writer is claiming too.
          const [target] = await db.execute<{ id: string }>(
            sql`select id from orders where status = 'MANUFACTURING_APPROVED' and not is_canary order by random() limit 1`,
          );
          if (!target) continue;
          try {
            await claimOrder(db, operators[step % operators.length]!, { orderId: target.id });
            claimed += 1;
          } catch (error) {
            if (!isDomainError(error)) throw error;
          }
        } else if (kind === 3) {
          await db.execute(sql`
            update orders set status = 'ON_HOLD'
            where id = (select id from orders where status <> 'ON_HOLD' order by random() limit 1)`);
        } else if (kind === 4) {
          // A deletion that races a claim of the same order is refused by the claim's foreign key.
          await db
            .execute(sql`
              delete from orders where id = (
                select id from orders o
                where not exists (select 1 from order_events e where e.order_id = o.id)
                order by random() limit 1)`)
            .catch((error: unknown) => {
              if ((error as { cause?: { code?: string } }).cause?.code !== '23503') throw error;
            });
        } else {
          await db
            .transaction(async (tx) => {
              await tx.insert(orders).values({ status: 'SUBMITTED', channel: 'shop', alloyCode: 'AG925' });
              await tx.execute(sql`update orders set status = 'CLOSED' where status = 'SHIPPED'`);
              throw new Error('changed my mind');
            })
            .catch((error: unknown) => {
              if (!(error instanceof Error) || error.message !== 'changed my mind') throw error;
            });
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));

    expect(claimed).toBeGreaterThan(0);
    const counted = await countedByTable();
    expect(Object.values(counted).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(100);
    expect(await countOrdersByStatus(db)).toEqual(counted);
    const [stripes] = await db.execute<{ used: string }>(
      sql`select count(distinct stripe) as used from order_status_counts where stripe <> 0`,
    );
    expect(Number(stripes!.used)).toBeGreaterThan(1);
  });
});
