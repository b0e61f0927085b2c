import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadModel } from '@facet/core/models/upload-model';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { models } from '@facet/db/schema/models';
import { QUEUES } from '@facet/jobs/queues';
import { makeTorus } from '@facet/mesh/generate';
import { writeBinaryStl } from '@facet/mesh/write';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { until } from '@facet/testing/until';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startWorkerRuntime } from './runtime';
import type { WorkerRole } from './worker-role';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-worker-roles-'));
const storage = new LocalDiskStorage({ root: storageDir });
const running: Array<ReturnType<typeof startWorkerRuntime>> = [];

function start(role: WorkerRole, prefix: string) {
  const runtime = startWorkerRuntime({
    role,
    db,
    storage,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-${prefix}`,
    concurrency: 2,
    meshThreads: 1,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    relayIntervalMs: 20,
  });
  running.push(runtime);
  return runtime;
}

afterAll(async () => {
  await Promise.all(running.map((runtime) => runtime.stop()));
  rmSync(storageDir, { recursive: true, force: true });
});

const statusOf = async (modelId: string) =>
  (await db.query.models.findFirst({ where: eq(models.id, modelId) }))?.status;

const PARTNER_QUEUES = [
  QUEUES.partnerPriceOrder.name,
  QUEUES.partnerAnalyseModel.name,
  QUEUES.partnerMakePreview.name,
  QUEUES.sandboxAdvance.name,
  QUEUES.deliverWebhook.name,
];
const SITE_QUEUES = [
  QUEUES.priceOrder.name,
  QUEUES.analyseModel.name,
  QUEUES.makePreview.name,
  QUEUES.maintenance.name,
];

describe('worker roles', () => {
  it("splits the queues: the site's process relays and takes the site's jobs, the partners' takes theirs", async () => {
    const all = start('all', 'roles-all');
    const site = start('site', 'roles-site');
    const partner = start('partner', 'roles-partner');
    expect(new Set(all.takes)).toEqual(new Set([...SITE_QUEUES, ...PARTNER_QUEUES]));
    expect(new Set(site.takes)).toEqual(new Set(SITE_QUEUES));
    expect(new Set(partner.takes)).toEqual(new Set(PARTNER_QUEUES));
    expect([all.relays, site.relays, partner.relays]).toEqual([true, true, false]);
    // Their relays would take the next test's outbox rows to queues of their own.
    await Promise.all(running.splice(0).map((runtime) => runtime.stop()));
  });

  it("leaves a partner's model to the partners' process, and analyses it once that process runs", async () => {
    const customer = await makeUser(db, { role: 'customer' });
    const shopper: Actor = { kind: 'user', userId: customer.id, role: 'customer', name: customer.name };
    const { partner } = await makePartner(db, 'Atelier in a process of its own');
    const partnerActor: Actor = { kind: 'partner', partnerId: partner.id, name: partner.name };
    const site = start('site', 'roles-flow');

    const partnerModel = await uploadModel({ db, storage }, partnerActor, {
      fileName: 'pendant.stl',
      body: writeBinaryStl(makeTorus(3_000, 8, 1.2)),
    });
    const ring = await uploadModel({ db, storage }, shopper, {
      fileName: 'ring.stl',
      body: writeBinaryStl(makeTorus(3_000, 9, 1.2)),
    });
    await until(
      () => statusOf(ring.id),
      (status) => status === 'ANALYSED',
    );
    // The site's process relayed the partner's model to the partner lane, and did not take it.
    const waiting = await until(
      () => site.queues.partnerAnalyseModel.getJobCounts('waiting', 'prioritized', 'active', 'completed'),
      (counts) => (counts.waiting ?? 0) + (counts.prioritized ?? 0) === 1,
    );
    expect([waiting.active, waiting.completed]).toEqual([0, 0]);
    expect(await statusOf(partnerModel.id)).toBe('UPLOADED');

    start('partner', 'roles-flow');
    await until(
      () => statusOf(partnerModel.id),
      (status) => status === 'ANALYSED',
    );
  }, 120_000);
});
