import { users } from '@facet/db/schema/identity';
import { alloyPriceHistory } from '@facet/db/schema/pricing';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '../shared/actor';
import type { QueueProbe } from '../system/measure-queue';
import { changeUserRole } from './change-user-role';
import { createUser } from './create-user';
import { getSystemHealth } from './get-system-health';
import { listAlloyPriceHistory } from './list-alloy-price-history';
import { setUserDisabled } from './set-user-disabled';
import { startHeartbeat } from './start-heartbeat';
import { updateAlloyPrices } from './update-alloy-prices';

const { db } = useTestDb();
let admin: Actor;
let seller: Actor;

beforeAll(async () => {
  const adminRow = await makeUser(db, { role: 'admin', name: 'Ada' });
  const sellerRow = await makeUser(db, { role: 'seller' });
  admin = { kind: 'user', userId: adminRow.id, role: 'admin', name: 'Ada' };
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: 'Sam' };
});

describe('users', () => {
  it('creates a person with a role, refusing a second account with the same email', async () => {
    const person = await createUser(db, admin, {
      name: 'Nina Holm',
      email: 'nina@facet.test',
      role: 'operator',
      passwordHash: 'hash',
    });
    expect(person).toMatchObject({ role: 'operator', disabled: false });
    await expect(
      createUser(db, admin, { name: 'Nina', email: 'nina@facet.test', role: 'seller', passwordHash: 'h' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'email' } });
    await expect(
      createUser(db, seller, { name: 'X', email: 'x@facet.test', role: 'admin', passwordHash: 'h' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ends every session of a person whose role changes or who is disabled', async () => {
    const person = await makeUser(db, { role: 'seller' });
    const versionOf = async () =>
      (await db.query.users.findFirst({ where: eq(users.id, person.id) }))!.sessionVersion;
    const before = await versionOf();
    await changeUserRole(db, admin, { userId: person.id, role: 'operator' });
    expect(await versionOf()).toBe(before + 1);
    expect(await setUserDisabled(db, admin, { userId: person.id, disabled: true })).toMatchObject({
      disabled: true,
    });
    expect(await versionOf()).toBe(before + 2);
    expect(await setUserDisabled(db, admin, { userId: person.id, disabled: false })).toMatchObject({
      disabled: false,
    });
  });

  it('never lets an admin lock themselves out', async () => {
    const self = admin.kind === 'user' ? admin.userId : '';
    await expect(setUserDisabled(db, admin, { userId: self, disabled: true })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(changeUserRole(db, admin, { userId: self, role: 'seller' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('alloys', () => {
  it('keeps every version of an alloy’s figures, the original included', async () => {
    const alloy = await makeAlloy(db, { pricePerGramCents: 120 });
    const workRates = {
      castingBaseCents: 3000,
      perCm2Cents: 90,
      per10kTrianglesCents: 20,
      finishCents: { polished: 0, satin: 1500, matte: 1200 },
      engravingCents: 3000,
      resizeCents: 2500,
      leadTimeDays: 9,
    };
    const input = {
      alloyId: alloy.id,
      densityGPerCm3: 10.4,
      pricePerGramCents: 135,
      castingLossPct: 7.5,
      workRates,
    };
    expect(await updateAlloyPrices(db, admin, input)).toMatchObject({ pricePerGramCents: 135 });
    await updateAlloyPrices(db, admin, { ...input, pricePerGramCents: 140 });
    const history = await listAlloyPriceHistory(db, admin, alloy.id);
    expect(history.map((version) => version.pricePerGramCents)).toEqual([140, 135, 120]);
    expect(history[0]?.changedByName).toBe('Ada');
    const rows = await db.select().from(alloyPriceHistory).where(eq(alloyPriceHistory.alloyId, alloy.id));
    expect(rows).toHaveLength(3);
    await expect(updateAlloyPrices(db, admin, { ...input, densityGPerCm3: 0.2 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['densityGPerCm3'] })],
    });
  });
});

describe('system health', () => {
  const redis = new Redis(inject('redisUrl'), { lazyConnect: true, maxRetriesPerRequest: 1 });
  const prefix = `${inject('redisPrefix')}-health`;
  afterAll(() => redis.quit());

  it('reports Postgres, Redis, queues, the outbox and heartbeats with a level for each', async () => {
    await redis.connect();
    const stop = startHeartbeat(redis, prefix, 'worker');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const queue: QueueProbe = {
      name: 'price-order',
      getJobCounts: async () => ({ waiting: 3, active: 1, delayed: 0, failed: 2 }),
      getJobs: async () => [{ timestamp: Date.now() - 90_000 }],
    };
    const health = await getSystemHealth(db, admin, { redis, redisPrefix: prefix, queues: [queue] });
    stop();
    expect(health.postgres.level).toBe('ok');
    expect(health.redis.level).toBe('ok');
    expect(health.queues[0]).toMatchObject({ name: 'price-order', waiting: 3, failed: 2, level: 'warn' });
    expect(health.queues[0]!.oldestWaitingAgeS).toBeGreaterThan(89);
    expect(health.heartbeats.find((beat) => beat.kind === 'worker')).toMatchObject({ level: 'ok' });
    expect(health.heartbeats.find((beat) => beat.kind === 'realtime')).toMatchObject({
      level: 'down',
      instances: [],
    });
    expect(health.overall).toBe('down');
    // No canary has run here (amber, not counted in the whole), and no order is past its limit.
    expect(health.canary).toMatchObject({ state: 'never', level: 'warn', ok: false });
    expect(health.slaBreaches).toMatchObject({ level: 'ok', total: 0 });
    await expect(
      getSystemHealth(db, seller, { redis, redisPrefix: prefix, queues: [] }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
