import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDomainMessage, renderStoredMessage } from '@facet/core/i18n/domain-messages';
import { uploadModel } from '@facet/core/models/upload-model';
import { createOrder } from '@facet/core/orders/create-order';
import type { Actor } from '@facet/core/shared/actor';
import { type DomainError, isDomainError } from '@facet/core/shared/errors';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { modelAnalyses, models } from '@facet/db/schema/models';
import { jobRuns } from '@facet/db/schema/operations';
import { orders } from '@facet/db/schema/orders';
import { makeTorus } from '@facet/mesh/generate';
import { makeHostileCorpus } from '@facet/mesh/testing/hostile-corpus';
import { writeBinaryStl } from '@facet/mesh/write';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { until } from '@facet/testing/until';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-pipeline-'));
const storage = new LocalDiskStorage({ root: storageDir });
let runtime: ReturnType<typeof startWorkerRuntime>;
let shopper: Actor;

beforeAll(async () => {
  const user = await makeUser(db, { role: 'customer' });
  shopper = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
  await makeAlloy(db, { code: 'AG925' });
  runtime = startWorkerRuntime({
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-pipeline`,
    concurrency: 4,
    meshThreads: 2,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    relayIntervalMs: 20,
  });
});

afterAll(async () => {
  await runtime.stop();
  rmSync(storageDir, { recursive: true, force: true });
});

const modelRow = (id: string) => db.query.models.findFirst({ where: eq(models.id, id) });

describe('the model pipeline, through the outbox, BullMQ and the mesh threads', () => {
  it('analyses an upload, makes its previews, and never analyses the same file twice', async () => {
    const bytes = writeBinaryStl(makeTorus(20_000));
    const uploaded = await uploadModel({ db, storage }, shopper, { fileName: 'ring.stl', body: bytes });
    expect(uploaded.status).toBe('UPLOADED');
    const done = await until(
      () => modelRow(uploaded.id),
      (m) => Boolean(m?.previewPngKey),
    );
    expect(done).toMatchObject({
      status: 'ANALYSED',
      format: 'stl',
      previewPngKey: `previews/${uploaded.sha256}.png`,
    });
    // The wall is measured with the analysis, on the mesh threads: the torus's tube is 2.5 mm across.
    const { thickness } = done!.analysis as { thickness: { measured: true; minWallMm: number } };
    expect(thickness).toMatchObject({ measured: true });
    expect(thickness.minWallMm).toBeCloseTo(2.5, 1);
    expect((await storage.getHead(done!.previewPngKey!, 8)).subarray(1, 4)).toEqual(
      new TextEncoder().encode('PNG'),
    );

    const again = await uploadModel({ db, storage }, shopper, { fileName: 'same-ring.stl', body: bytes });
    expect(again).toMatchObject({ status: 'ANALYSED', previewReady: true, analysis: { thickness } });
    expect(
      await db.select().from(modelAnalyses).where(eq(modelAnalyses.sha256, uploaded.sha256)),
    ).toHaveLength(1);
  });

  it('prices an order placed before its model was analysed, as soon as the analysis lands', async () => {
    const uploaded = await uploadModel({ db, storage }, shopper, {
      fileName: 'band.stl',
      body: writeBinaryStl(makeTorus(8_000, 9, 1.2)),
    });
    const order = await createOrder(
      db,
      shopper,
      { items: [{ modelId: uploaded.id, alloyCode: 'AG925', finish: 'polished', scale: 1, quantity: 2 }] },
      { channel: 'shop' },
    );
    const priced = await until(
      () => db.query.orders.findFirst({ where: eq(orders.id, order.id) }),
      (o) => o?.status === 'PRICE_CALCULATED',
    );
    expect(priced!.totalCents).toBeGreaterThan(0);
    expect(priced!.promisedAt).not.toBeNull();
  });

  it('queues no pricing job for an order priced as it was placed', async () => {
    const uploaded = await uploadModel({ db, storage }, shopper, {
      fileName: 'signet.stl',
      body: writeBinaryStl(makeTorus(6_000, 9.5, 1.4)),
    });
    await until(
      () => modelRow(uploaded.id),
      (m) => m?.status === 'ANALYSED',
    );
    const item = {
      modelId: uploaded.id,
      alloyCode: 'AG925',
      finish: 'polished',
      scale: 1,
      quantity: 1,
    } as const;
    const placed = await createOrder(db, shopper, { items: [item] }, { channel: 'shop' });
    expect(placed.status).toBe('PRICE_CALCULATED');
    // Placed after it, the same way but left to the job: once the job has priced this one, the relay
    // has long passed the first order's creation.
    const waiting = await createOrder(
      db,
      shopper,
      { items: [item] },
      { channel: 'shop', priceAtOnce: false },
    );
    await until(
      () => db.query.orders.findFirst({ where: eq(orders.id, waiting.id) }),
      (o) => o?.status === 'PRICE_CALCULATED',
    );
    const pricingRuns = (orderId: string) =>
      db
        .select({ queue: jobRuns.queue })
        .from(jobRuns)
        .where(and(eq(jobRuns.subjectId, orderId), eq(jobRuns.queue, 'price-order')));
    expect(await pricingRuns(waiting.id)).not.toEqual([]);
    expect(await pricingRuns(placed.id)).toEqual([]);
  });

  it('refuses every hostile file with its reason, and keeps processing good files', async () => {
    const cases = makeHostileCorpus().filter((c) => !c.limits);
    expect(cases.length).toBeGreaterThan(20);
    const verdicts: Array<{ name: string; reason: string }> = [];
    const pending: Array<{ name: string; modelId: string }> = [];
    for (const hostile of cases) {
      try {
        const model = await uploadModel({ db, storage }, shopper, {
          fileName: hostile.fileName,
          body: hostile.bytes,
        });
        pending.push({ name: hostile.name, modelId: model.id });
      } catch (error) {
        // Refused at the door: not a model format at all, or empty.
        expect(isDomainError(error), hostile.name).toBe(true);
        const localized = (error as DomainError).localized;
        expect(localized && renderDomainMessage(localized, 'ru'), hostile.name).toMatch(/[а-яё]{3,}/i);
        verdicts.push({ name: hostile.name, reason: (error as Error).message });
      }
    }
    for (const { name, modelId } of pending) {
      const model = await until(
        () => modelRow(modelId),
        (m) => m?.status !== 'UPLOADED',
      );
      expect(model?.status, name).toBe('REJECTED');
      // Said in the shopper's language from its message; the English stays the reason.
      expect(renderStoredMessage(model!.rejectionMessage, 'ru'), name).toMatch(/[а-яё]{3,}/i);
      expect(renderStoredMessage(model!.rejectionMessage, 'en'), name).toBe(model!.rejectionReason);
      verdicts.push({ name, reason: model!.rejectionReason ?? '' });
    }
    expect(verdicts).toHaveLength(cases.length);
    for (const verdict of verdicts) expect(verdict.reason.length, verdict.name).toBeGreaterThan(15);

    const good = await uploadModel({ db, storage }, shopper, {
      fileName: 'after.stl',
      body: writeBinaryStl(makeTorus(3_000, 8, 1)),
    });
    expect(
      (
        await until(
          () => modelRow(good.id),
          (m) => m?.status !== 'UPLOADED',
        )
      )?.status,
    ).toBe('ANALYSED');
  });
});
