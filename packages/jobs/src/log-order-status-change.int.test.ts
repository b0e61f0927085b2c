import { recordOrderChange } from '@facet/core/orders/record-order-change';
import { transitionOrder } from '@facet/core/orders/transition-order';
import { type Actor, systemActor } from '@facet/core/shared/actor';
import { orderEvents } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { createLogger } from '@facet/telemetry/logger';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { captureLogs } from '@facet/testing/log-capture';
import { eq, inArray } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { logOrderStatusChange } from './log-order-status-change';
import { type OutboxMessage, relayOutboxOnce } from './outbox-relay';

const { db } = useTestDb();

beforeEach(async () => {
  await db.delete(outbox);
});

/** A relay as one worker process runs it, logging into its own captured stream. */
function workerRelay() {
  const logs = captureLogs();
  const logger = createLogger('worker', 'info', logs.stream);
  return { logs, onPublished: (message: OutboxMessage) => logOrderStatusChange(logger, message) };
}

const statusLines = (...relays: Array<ReturnType<typeof workerRelay>>) =>
  relays.flatMap((relay) => relay.logs.find('order status changed'));

describe('the order status change log line', () => {
  it('is written exactly once per change, with four relays draining the outbox at once', async () => {
    const seller = await makeUser(db, { role: 'seller', name: 'Sam Moreau' });
    const sellerActor: Actor = { kind: 'user', userId: seller.id, role: 'seller', name: seller.name };
    const orders = await Promise.all(Array.from({ length: 10 }, () => makeOrder(db)));
    for (const order of orders) {
      await transitionOrder(db, { orderId: order.id, to: 'PRICE_CALCULATED', actor: systemActor('Pricing') });
      await transitionOrder(db, { orderId: order.id, to: 'MANUFACTURING_APPROVED', actor: sellerActor });
      await transitionOrder(db, {
        orderId: order.id,
        to: 'ON_HOLD',
        actor: sellerActor,
        reason: 'Waiting for the stone',
      });
      // Not a status change: no line.
      await db.transaction((tx) =>
        recordOrderChange(tx, { orderId: order.id, actor: sellerActor, type: 'note_added' }),
      );
    }

    const relays = Array.from({ length: 4 }, workerRelay);
    await Promise.all(
      relays.map(async (relay) => {
        const publish = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
        while (
          (await relayOutboxOnce(db, publish, { batchSize: 4, onPublished: relay.onPublished })).published
        ) {}
      }),
    );

    const lines = statusLines(...relays);
    expect(lines).toHaveLength(30);
    expect(
      relays.filter((relay) => relay.logs.find('order status changed').length > 0).length,
    ).toBeGreaterThan(1);
    const changes = await db
      .select()
      .from(orderEvents)
      .where(
        inArray(
          orderEvents.orderId,
          orders.map((order) => order.id),
        ),
      );
    const statusChanges = changes.filter((event) => event.type === 'status_changed');
    expect(statusChanges).toHaveLength(30);
    expect(lines.map((line) => `${line.orderId} ${line.from}→${line.to}`).sort()).toEqual(
      statusChanges.map((event) => `${event.orderId} ${event.fromStatus}→${event.toStatus}`).sort(),
    );

    const held = lines.find((line) => line.orderId === orders[0]!.id && line.to === 'ON_HOLD');
    expect(held).toMatchObject({
      level: 'info',
      app: 'worker',
      orderNumber: orders[0]!.number,
      from: 'MANUFACTURING_APPROVED',
      to: 'ON_HOLD',
      actor: 'Sam Moreau',
      reason: 'Waiting for the stone',
      traceId: null,
    });
  });

  it('is written once when a relay whose lease ran out publishes a row another relay published too', async () => {
    const order = await makeOrder(db);
    await transitionOrder(db, { orderId: order.id, to: 'PRICE_CALCULATED', actor: systemActor('Pricing') });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await db
      .update(outbox)
      .set({ traceContext: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } })
      .where(eq(outbox.aggregateId, order.id));

    const slow = workerRelay();
    const fast = workerRelay();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const published: string[] = [];
    // The slow relay claims the row with a 1 ms lease and stalls mid-publish…
    const slowRun = relayOutboxOnce(
      db,
      async () => {
        published.push('slow');
        await gate;
      },
      { leaseMs: 1, onPublished: slow.onPublished },
    );
    await expect.poll(() => published).toEqual(['slow']);
    // …so the fast relay claims it again, publishes and marks it.
    const fastRun = await relayOutboxOnce(
      db,
      async () => {
        published.push('fast');
      },
      { onPublished: fast.onPublished },
    );
    expect(fastRun.published).toBe(1);
    release();
    expect((await slowRun).published).toBe(1);

    expect(published).toEqual(['slow', 'fast']);
    expect(statusLines(slow)).toHaveLength(0);
    expect(statusLines(fast)).toEqual([
      expect.objectContaining({ orderId: order.id, from: 'SUBMITTED', to: 'PRICE_CALCULATED', traceId }),
    ]);
  });
});
