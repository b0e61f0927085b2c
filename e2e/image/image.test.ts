import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { OrderSubmitter } from '@facet/devstack/cluster/order-submitter';
import { createLoadPartners } from '@facet/devstack/cluster/partners';
import { RedisProcess } from '@facet/devstack/cluster/redis-process';
import { createScratchDatabase, type ScratchDatabase } from '@facet/devstack/cluster/scratch-database';
import {
  buildAppImage,
  buildBaseImage,
  ImageContainer,
  inspectImage,
} from '@facet/devstack/ops/container-image';
import { seedDemo } from '@facet/devstack/seed/seed-demo';
import { freePort } from '@facet/testing/redis-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const LOG_DIR = join(import.meta.dirname, '..', '.results', 'image');
const TAG = 'localhost/facet:test';
const SECRET = 'image-test-secret-that-is-long-enough-for-next-auth-0123456789';
const METRICS_TOKEN = 'metrics-token-of-the-image-test';

let database: ScratchDatabase;
let redis: RedisProcess;
let container: ImageContainer;
let ports: { web: number; worker: number; realtime: number };
const timings: Record<string, number> = {};

async function timed<T>(name: string, step: () => Promise<T> | T): Promise<T> {
  const started = Date.now();
  try {
    return await step();
  } finally {
    timings[name] = (Date.now() - started) / 1000;
  }
}

async function healthy(url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000} s`);
}

beforeAll(async () => {
  mkdirSync(LOG_DIR, { recursive: true });
  ports = { web: await freePort(), worker: await freePort(), realtime: await freePort() };
  const base = await timed('base image', () => buildBaseImage());
  await timed('image build', () =>
    buildAppImage({
      base,
      tag: TAG,
      buildArgs: { NEXT_PUBLIC_REALTIME_URL: `http://127.0.0.1:${ports.realtime}` },
      logFile: join(LOG_DIR, 'podman-build.log'),
    }),
  );
  database = await createScratchDatabase('facet_image');
  redis = new RedisProcess(await freePort(), join(LOG_DIR, `redis-${Date.now()}`));
  await redis.start();
  container = ImageContainer.create(TAG);
});

afterAll(async () => {
  console.log('[image] seconds per step:', JSON.stringify(timings));
  await container?.remove();
  await redis?.kill('SIGTERM');
  await database?.drop().catch(() => {});
});

describe('the image, built here with podman from a base made by debootstrap', () => {
  it('runs as a non-root user, has a healthcheck, and reports its size', () => {
    const facts = inspectImage(TAG);
    console.log(`[image] ${TAG}: ${(facts.sizeBytes / 1024 / 1024).toFixed(0)} MiB`);
    expect(facts.sizeBytes).toBeGreaterThan(0);
    expect(facts.user).toBe('10001:10001');
    expect(facts.healthcheck.join(' ')).toContain('healthcheck.mjs');
    expect(container.exec(['id', '-u'])).toBe('10001');
    expect(container.exec(['node', '--version'])).toMatch(/^v(2[1-9]|20\.(19|[2-9]\d))\./);
  });

  it("migrates a fresh database from the image, starts web, worker and realtime from it, and takes a partner's order", async () => {
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${ports.web}`,
      WEB_ORIGIN: `http://127.0.0.1:${ports.web}`,
      METRICS_TOKEN,
      STORAGE_DIR: '/app/.data/storage',
      CANARY_ENABLED: 'false',
      MESH_THREADS: '1',
      PORT: String(ports.web),
      WORKER_HEALTH_PORT: String(ports.worker),
      REALTIME_PORT: String(ports.realtime),
    };
    const entrypoint = '/app/apps/container/entrypoint.sh';
    await timed('migrate', () => container.exec([entrypoint, 'migrate'], env));

    const { db, close } = createDb(database.url, { max: 2 });
    try {
      // Users and alloys the partner and the order need (the seed's files stay on this side).
      await seedDemo(
        db,
        new LocalDiskStorage({ root: join(LOG_DIR, 'seed-storage'), signingSecret: 'seed' }),
      );

      await timed('start apps', async () => {
        for (const app of ['web', 'worker', 'realtime'] as const) {
          container.start([entrypoint, app], env, join(LOG_DIR, `${app}.log`));
        }
        await healthy(`http://127.0.0.1:${ports.web}/api/health`);
        await healthy(`http://127.0.0.1:${ports.worker}/health`);
        await healthy(`http://127.0.0.1:${ports.realtime}/health`);
      });
      // The image's HEALTHCHECK finds the web app it runs.
      expect(container.status(['node', '/app/apps/container/healthcheck.mjs'], env)).toBe(0);

      const webUrl = `http://127.0.0.1:${ports.web}`;
      // The partner's model is uploaded and analysed (by the image's worker) through the image's API.
      const [partner] = await timed('partner and model', () => createLoadPartners(db, webUrl, 1));
      const placed = await timed('order', () => new OrderSubmitter(() => [webUrl]).placeOrder(partner!));
      expect(placed?.orderId).toEqual(expect.any(String));
      // The image's worker prices it and the partner's approval rule approves it, as the partner sees.
      const deadline = Date.now() + 120_000;
      let status: string | undefined;
      while (Date.now() < deadline) {
        const response = await fetch(`${webUrl}/api/v1/orders/${placed!.orderId}`, {
          headers: { authorization: `Bearer ${partner!.key}` },
        });
        status = ((await response.json()) as { status?: string }).status;
        if (status === 'MANUFACTURING_APPROVED') break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(status).toBe('MANUFACTURING_APPROVED');
    } finally {
      await close();
    }
  });
});
