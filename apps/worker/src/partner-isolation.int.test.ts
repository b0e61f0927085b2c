import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadModel } from '@facet/core/models/upload-model';
import type { Actor } from '@facet/core/shared/actor';
import { quoteModel } from '@facet/core/shop/quote-model';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { models } from '@facet/db/schema/models';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makePartner, makeUser } from '@facet/testing/factories';
import { until } from '@facet/testing/until';
import { eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-isolation-'));
const storage = new LocalDiskStorage({ root: storageDir });
let runtime: ReturnType<typeof startWorkerRuntime>;
let shopper: Actor;
let flooder: Extract<Actor, { kind: 'partner' }>;

beforeAll(async () => {
  const user = await makeUser(db, { role: 'customer' });
  shopper = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
  const { partner } = await makePartner(db, 'Flooding Atelier');
  flooder = { kind: 'partner', partnerId: partner.id, name: partner.name };
  await makeAlloy(db, { code: 'AG925' });
  runtime = startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-isolation`,
    concurrency: 4,
    meshThreads: 1,
    partner: { meshThreads: 1, niceness: 10, concurrency: 2, capPerPartner: 1 },
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    relayIntervalMs: 20,
  });
});

afterAll(async () => {
  await runtime.stop();
  rmSync(storageDir, { recursive: true, force: true });
});

describe('partner work beside the shop', () => {
  it("analyses and quotes a shop upload ahead of a partner's flood of large models", async () => {
    const flood: Array<{ id: string }> = [];
    for (let i = 0; i < 8; i += 1) {
      // Distinct files (no analysis cache), each far heavier than the shopper's ring.
      const bytes = writeBinaryStl(makeTorus(40_000 + i * 16, 10 + i * 0.1, 1.5));
      flood.push(await uploadModel({ db, storage }, flooder, { fileName: `large-${i}.stl`, body: bytes }));
    }
    const ring = await uploadModel({ db, storage }, shopper, {
      fileName: 'ring.stl',
      body: writeBinaryStl(makeTorus(4_000, 9, 1.2)),
    });

    const analysed = await until(
      () => db.query.models.findFirst({ where: eq(models.id, ring.id) }),
      (model) => model?.status === 'ANALYSED',
    );
    expect(analysed?.status).toBe('ANALYSED');
    // The flood's jobs wait on the partner lanes; the shop's job did not queue behind them.
    const floodNow = await db
      .select({ status: models.status })
      .from(models)
      .where(
        inArray(
          models.id,
          flood.map((model) => model.id),
        ),
      );
    expect(floodNow.filter((model) => model.status === 'UPLOADED').length).toBeGreaterThanOrEqual(4);

    const quotes = await quoteModel(db, shopper, {
      modelId: ring.id,
      finish: 'polished',
      scale: 1,
      quantity: 1,
    });
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0]!.totalCents).toBeGreaterThan(0);

    // The flood is not starved either: its models are analysed in the end.
    await until(
      () =>
        db.query.models.findMany({
          where: inArray(
            models.id,
            flood.map((model) => model.id),
          ),
        }),
      (rows) => rows.every((model) => model.status === 'ANALYSED'),
      120_000,
    );
  }, 180_000);
});
