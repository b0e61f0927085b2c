import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { models } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-sweeper-'));
const storage = new LocalDiskStorage({ root: storageDir });
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

it('re-drives work whose jobs Redis lost: every upload is analysed and every order priced, from Postgres alone', async () => {
  // Rows as they stand after a Redis without persistence restarted: committed, announced, jobs gone.
  const owner = await makeUser(db, { role: 'customer' });
  const alloy = await makeAlloy(db, { code: 'AG925' });
  const stored = await storage.put('models/lost/original', writeBinaryStl(makeTorus(4_000)));
  const model = await makeModel(db, {
    ownerUserId: owner.id,
    fileKey: stored.key,
    sha256: stored.sha256,
    sizeBytes: stored.sizeBytes,
    updatedAt: new Date(Date.now() - 120_000),
  });
  const order = await makeOrder(db, {
    status: 'SUBMITTED',
    customerUserId: owner.id,
    statusChangedAt: new Date(Date.now() - 120_000),
  });
  await db
    .insert(orderItems)
    .values({ orderId: order.id, position: 0, modelId: model.id, alloyId: alloy.id, alloyCode: 'AG925' });

  const runtime = startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-sweeper`,
    concurrency: 2,
    meshThreads: 1,
    logger: pino({ level: 'silent' }),
    sweepEveryMs: 200,
    stalledAfterMs: 60_000,
  });
  try {
    await expect
      .poll(async () => (await db.query.orders.findFirst({ where: eq(orders.id, order.id) }))?.status, {
        timeout: 30_000,
      })
      .toBe('PRICE_CALCULATED');
    await expect
      .poll(
        async () => (await db.query.models.findFirst({ where: eq(models.id, model.id) }))?.previewPngKey,
        {
          timeout: 30_000,
        },
      )
      .toBe(`previews/${stored.sha256}.png`);
  } finally {
    await runtime.stop();
  }
});
