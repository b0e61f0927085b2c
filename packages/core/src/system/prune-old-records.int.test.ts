import { models } from '@facet/db/schema/models';
import { canaryRuns, jobRuns } from '@facet/db/schema/operations';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import {
  apiRequests,
  idempotencyRecords,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makePartner } from '@facet/testing/factories';
import { eq, inArray } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, pruneOldRecords } from './prune-old-records';

const { db } = useTestDb();

const HOUR = 3600_000;
const now = new Date();
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
/** Just past, and just within, a retention of `hours`. */
const past = (hours: number) => ago(hours + 1);
const within = (hours: number) => ago(hours - 1);

async function idsIn<T extends { id: string | number }>(rows: Promise<T[]>) {
  return (await rows).map((row) => row.id).sort();
}

describe('retention', () => {
  it('prunes each table past its retention and touches nothing still needed', async () => {
    const retention = DEFAULT_RETENTION;
    const { partner } = await makePartner(db, 'Retained');

    // Outbox: published long ago goes; published recently and unpublished (however old) stay.
    const [oldPublished, recentPublished, oldUnpublished] = await db
      .insert(outbox)
      .values([
        {
          topic: 't',
          aggregateId: 'a',
          payload: {},
          createdAt: past(retention.publishedOutboxH + 1),
          publishedAt: past(retention.publishedOutboxH),
        },
        { topic: 't', aggregateId: 'b', payload: {}, publishedAt: within(retention.publishedOutboxH) },
        {
          topic: 't',
          aggregateId: 'c',
          payload: {},
          createdAt: past(retention.publishedOutboxH * 3),
          availableAt: past(retention.publishedOutboxH * 3),
        },
      ])
      .returning({ id: outbox.id });

    // Idempotency: expired beyond retention goes; expired recently and still open stay.
    const record = (key: string, expiresAt: Date, createdAt: Date) => ({
      partnerId: partner.id,
      key,
      method: 'POST',
      path: '/orders',
      requestHash: 'h',
      responseStatus: 201,
      responseBody: '{}',
      expiresAt,
      createdAt,
    });
    await db.insert(idempotencyRecords).values([
      record(
        'expired-long-ago',
        past(retention.expiredIdempotencyH),
        past(retention.expiredIdempotencyH + 24),
      ),
      record(
        'expired-lately',
        within(retention.expiredIdempotencyH),
        ago(retention.expiredIdempotencyH + 23),
      ),
      record('open', new Date(now.getTime() + HOUR), ago(23)),
      {
        ...record('in-flight', new Date(now.getTime() + HOUR), ago(1)),
        responseStatus: null,
        responseBody: null,
      },
    ]);

    // Job runs: finished long ago go; recent and still running (however old) stay.
    const run = (status: 'running' | 'succeeded' | 'failed', startedAt: Date) => ({
      queue: 'priceOrder',
      jobId: uuidv7(),
      attempt: 1,
      subjectType: 'order',
      subjectId: uuidv7(),
      status,
      startedAt,
    });
    const [oldSucceeded, oldFailed, recentRun, oldRunning] = await db
      .insert(jobRuns)
      .values([
        run('succeeded', past(retention.jobRunsH)),
        run('failed', past(retention.jobRunsH)),
        run('succeeded', within(retention.jobRunsH)),
        run('running', past(retention.jobRunsH)),
      ])
      .returning({ id: jobRuns.id });

    // Webhook deliveries: settled long ago go with their attempts; recent and pending stay.
    const [endpoint] = await db
      .insert(webhookEndpoints)
      .values({ partnerId: partner.id, url: 'https://example.test/h', secret: 'whsec_dGVzdA==' })
      .returning();
    const delivery = (status: 'succeeded' | 'failed' | 'pending', createdAt: Date) => ({
      endpointId: endpoint!.id,
      eventKey: uuidv7(),
      eventType: 'ping',
      payload: {},
      status,
      createdAt,
    });
    const [oldDelivered, oldGivenUp, recentDelivered, oldPending] = await db
      .insert(webhookDeliveries)
      .values([
        delivery('succeeded', past(retention.webhookDeliveriesH)),
        delivery('failed', past(retention.webhookDeliveriesH)),
        delivery('succeeded', within(retention.webhookDeliveriesH)),
        delivery('pending', past(retention.webhookDeliveriesH)),
      ])
      .returning({ id: webhookDeliveries.id });
    await db.insert(webhookAttempts).values(
      [oldDelivered!, oldPending!].map((d) => ({
        deliveryId: d.id,
        attempt: 1,
        statusCode: 200,
        durationMs: 5,
      })),
    );

    // Canaries: settled with files gone long ago go, with their order, its timeline and the model;
    // recent ones, those with files still stored and those still running stay.
    const alloy = await makeAlloy(db);
    const canary = async (status: 'ok' | 'late' | 'running', startedAt: Date, filesRemoved: boolean) => {
      const model = await makeModel(db, { partnerId: partner.id });
      const order = await makeOrder(db, {
        isCanary: true,
        status: 'CANCELLED',
        partnerId: partner.id,
        channel: 'api',
      });
      await db.insert(orderItems).values({
        orderId: order.id,
        position: 0,
        modelId: model.id,
        alloyId: alloy.id,
        alloyCode: alloy.code,
      });
      await db
        .insert(orderEvents)
        .values({ orderId: order.id, version: 1, type: 'created', actorKind: 'system', actorName: 'canary' });
      const [row] = await db
        .insert(canaryRuns)
        .values({
          status,
          startedAt,
          deadlineAt: startedAt,
          nextDueAt: startedAt,
          orderId: order.id,
          modelId: model.id,
          filesRemovedAt: filesRemoved ? startedAt : null,
        })
        .returning();
      return { run: row!, order, model };
    };
    const oldCanary = await canary('ok', past(retention.canaryH), true);
    const oldLateCanary = await canary('late', past(retention.canaryH), true);
    const recentCanary = await canary('ok', within(retention.canaryH), true);
    const filesStillStored = await canary('ok', past(retention.canaryH), false);
    const stillRunning = await canary('running', past(retention.canaryH), false);
    const business = await makeOrder(db, {
      status: 'CANCELLED',
      partnerId: partner.id,
      channel: 'api',
      updatedAt: past(retention.canaryH * 10),
    });

    // Request log: entries past 30 days go, newer ones stay.
    const logEntry = (requestId: string, at: Date) => ({
      partnerId: partner.id,
      method: 'GET',
      route: '/api/v1/orders',
      status: 200,
      durationMs: 5,
      requestId,
      createdAt: at,
    });
    await db
      .insert(apiRequests)
      .values([
        logEntry('old-request', past(retention.apiRequestsH)),
        logEntry('recent-request', within(retention.apiRequestsH)),
      ]);

    const pruned = await pruneOldRecords(db, retention, { now });
    expect(pruned).toEqual({
      publishedOutboxH: 1,
      expiredIdempotencyH: 1,
      jobRunsH: 2,
      webhookDeliveriesH: 2,
      canaryH: 2,
      apiRequestsH: 1,
    });
    expect(
      (await db.select({ requestId: apiRequests.requestId }).from(apiRequests)).map((r) => r.requestId),
    ).toEqual(['recent-request']);

    expect(await idsIn(db.select({ id: outbox.id }).from(outbox))).toEqual(
      [recentPublished!.id, oldUnpublished!.id].sort(),
    );
    expect(oldPublished).toBeDefined();
    expect(
      (await db.select({ key: idempotencyRecords.key }).from(idempotencyRecords)).map((r) => r.key).sort(),
    ).toEqual(['expired-lately', 'in-flight', 'open']);
    expect(await idsIn(db.select({ id: jobRuns.id }).from(jobRuns))).toEqual(
      [recentRun!.id, oldRunning!.id].sort(),
    );
    expect([oldSucceeded, oldFailed].every(Boolean)).toBe(true);
    expect(await idsIn(db.select({ id: webhookDeliveries.id }).from(webhookDeliveries))).toEqual(
      [recentDelivered!.id, oldPending!.id].sort(),
    );
    expect(oldGivenUp).toBeDefined();
    expect((await db.select().from(webhookAttempts)).map((a) => a.deliveryId)).toEqual([oldPending!.id]);

    expect(await idsIn(db.select({ id: canaryRuns.id }).from(canaryRuns))).toEqual(
      [recentCanary.run.id, filesStillStored.run.id, stillRunning.run.id].sort(),
    );
    const goneOrders = [oldCanary.order.id, oldLateCanary.order.id];
    expect(await db.select().from(orders).where(inArray(orders.id, goneOrders))).toEqual([]);
    expect(await db.select().from(orderEvents).where(inArray(orderEvents.orderId, goneOrders))).toEqual([]);
    expect(
      await db
        .select()
        .from(models)
        .where(inArray(models.id, [oldCanary.model.id, oldLateCanary.model.id])),
    ).toEqual([]);
    for (const kept of [recentCanary, filesStillStored, stillRunning]) {
      expect(
        await db.select({ id: orders.id }).from(orders).where(eq(orders.id, kept.order.id)),
      ).toHaveLength(1);
    }
    expect(await db.select({ id: orders.id }).from(orders).where(eq(orders.id, business.id))).toHaveLength(1);

    // A second pass finds nothing more.
    expect(Object.values(await pruneOldRecords(db, retention, { now }))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('takes at most one batch of each kind per pass', async () => {
    await db.delete(outbox);
    await db.insert(outbox).values(
      Array.from({ length: 7 }, (_, i) => ({
        topic: 't',
        aggregateId: String(i),
        payload: {},
        publishedAt: past(DEFAULT_RETENTION.publishedOutboxH),
      })),
    );
    expect((await pruneOldRecords(db, DEFAULT_RETENTION, { now, batch: 5 })).publishedOutboxH).toBe(5);
    expect((await pruneOldRecords(db, DEFAULT_RETENTION, { now, batch: 5 })).publishedOutboxH).toBe(2);
  });
});
