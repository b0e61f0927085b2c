import { outbox } from '@facet/db/schema/outbox';
import { useTestDb } from '@facet/testing/db';
import { Queue } from 'bullmq';
import { eq, isNull } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type OutboxMessage, relayOutboxOnce } from './outbox-relay';
import { enqueue, QUEUES } from './queues';

const { db } = useTestDb();
const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
const queue = new Queue(QUEUES.priceOrder.name, { connection: redis, prefix: inject('redisPrefix') });
afterAll(async () => {
  await queue.close();
  redis.disconnect();
});

beforeEach(async () => {
  await db.delete(outbox);
});

async function addMessages(count: number) {
  const rows = Array.from({ length: count }, (_, i) => ({
    topic: 'test.topic',
    aggregateId: `a-${i}`,
    payload: { orderId: crypto.randomUUID(), version: 1 },
  }));
  return db.insert(outbox).values(rows).returning();
}

describe('outbox relay', () => {
  it('publishes every row once to the queue and marks it published', async () => {
    await addMessages(25);
    const publish = async (message: OutboxMessage) => {
      const payload = message.payload as { orderId: string; version: number };
      await enqueue(queue, 'priceOrder', { orderId: payload.orderId, trigger: `v${payload.version}` });
    };
    const first = await relayOutboxOnce(db, publish, { batchSize: 10 });
    expect(first).toEqual({ published: 10, failed: 0 });
    while ((await relayOutboxOnce(db, publish)).published > 0) {}
    expect(await db.select().from(outbox).where(isNull(outbox.publishedAt))).toHaveLength(0);
    expect(await queue.count()).toBe(25);
  });

  it('never gives the same row to two relays at once', async () => {
    await addMessages(200);
    const seen: number[] = [];
    const publish = async (message: OutboxMessage) => {
      seen.push(message.id);
      await new Promise((resolve) => setTimeout(resolve, 1));
    };
    const relays = Array.from({ length: 6 }, async () => {
      while ((await relayOutboxOnce(db, publish, { batchSize: 15 })).published > 0) {}
    });
    await Promise.all(relays);
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
  });

  it('keeps a row whose publish failed and retries it after a back-off', async () => {
    const [row] = await addMessages(1);
    const failing = async () => {
      throw new Error('Redis is not connected');
    };
    expect(await relayOutboxOnce(db, failing)).toEqual({ published: 0, failed: 1 });
    const [after] = await db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after).toMatchObject({ publishedAt: null, attempts: 1, lastError: 'Redis is not connected' });
    expect(after!.availableAt.getTime()).toBeGreaterThan(Date.now());
    // Not visible again until the back-off has passed.
    expect(await relayOutboxOnce(db, async () => {})).toEqual({ published: 0, failed: 0 });
    await db
      .update(outbox)
      .set({ availableAt: new Date(Date.now() - 1) })
      .where(eq(outbox.id, row!.id));
    expect(await relayOutboxOnce(db, async () => {})).toEqual({ published: 1, failed: 0 });
  });
});
