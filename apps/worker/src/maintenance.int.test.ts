import { tmpdir } from 'node:os';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { DEFAULT_RETENTION } from '@facet/core/system/prune-old-records';
import { outbox } from '@facet/db/schema/outbox';
import { useTestDb } from '@facet/testing/db';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();

it('runs every periodic task as a job scheduler on the maintenance queue, retention included', async () => {
  const longAgo = new Date(Date.now() - (DEFAULT_RETENTION.publishedOutboxH + 1) * 3600_000);
  const [old] = await db
    .insert(outbox)
    .values({ topic: 'old', aggregateId: 'x', payload: {}, createdAt: longAgo, publishedAt: longAgo })
    .returning();
  const [waiting] = await db
    .insert(outbox)
    .values({
      topic: 'waiting',
      aggregateId: 'y',
      payload: {},
      createdAt: longAgo,
      availableAt: new Date(Date.now() + 3600_000),
    })
    .returning();

  const runtime = startWorkerRuntime({
    db,
    storage: new LocalDiskStorage({ root: tmpdir() }),
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-maintenance`,
    concurrency: 1,
    meshThreads: 1,
    logger: pino({ level: 'silent' }),
    pruneEveryMs: 300,
  });
  try {
    await expect
      .poll(async () => (await runtime.queues.maintenance.getJobSchedulers()).map((s) => s.key).sort(), {
        timeout: 15_000,
      })
      .toEqual(
        ['prune-old-records', 'redrive-webhooks', 'sla-watchdog', 'sweep-stalled'].map(
          (t) => `maintenance-${t}`,
        ),
      );
    await expect
      .poll(async () => (await db.select().from(outbox).where(eq(outbox.id, old!.id))).length, {
        timeout: 15_000,
      })
      .toBe(0);
    // The unpublished row, however old, is still there for the relay.
    expect(await db.select().from(outbox).where(eq(outbox.id, waiting!.id))).toHaveLength(1);
  } finally {
    await runtime.stop();
  }
});
