import { createDb, type Db } from '@facet/db/client';
import { DATABASE_ROLES, type DatabaseRole } from '@facet/db/roles';
import { activeApprovalRules, approvalRules } from '@facet/db/schema/approval-rules';
import { people, users } from '@facet/db/schema/identity';
import { modelDetails, modelSummaries } from '@facet/db/schema/models';
import { jobRuns } from '@facet/db/schema/operations';
import { orderSummaries, orders, partnerOrders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import {
  apiKeys,
  webhookAttemptLog,
  webhookAttempts,
  webhookDeliveries,
  webhookDeliveryLog,
  webhookEndpoints,
} from '@facet/db/schema/partners';
import { alloys, currentAlloys } from '@facet/db/schema/pricing';
import { claims } from '@facet/db/schema/production';
import { ordersByDay, statusStaysByDay } from '@facet/db/schema/reports';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeApiKey, makeModel, makeOrder, makePartner, makeUser } from '@facet/testing/factories';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionOrder } from '../orders/transition-order';
import { placePartnerOrder } from '../partners/place-partner-order';
import { RING_ANALYSIS, WORK_RATES } from '../partners/test-fixtures';
import type { Actor } from '../shared/actor';

// Postgres itself refuses what a process's role may not do: the roles and grants of migration 0018.
const { db, url } = useTestDb({ max: 2 });
const asRole = new Map<DatabaseRole, ReturnType<typeof createDb>>();
function connectAs(role: DatabaseRole): Db {
  const handle = createDb(url, { max: 1, applicationName: `facet-test-${role}`, role });
  asRole.set(role, handle);
  return handle.db;
}

const INSUFFICIENT_PRIVILEGE = '42501';
/** `cannot update view`: a view that joins tables is never written through, whoever asks. */
const CANNOT_WRITE_THROUGH = '55000';
async function refusal(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
    return undefined;
  } catch (error) {
    return (
      (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code
    );
  }
}

let web: Db;
let partnerApi: Db;
let worker: Db;
let realtime: Db;
let fixtures: { operatorId: string; orderId: string; alloyId: string; apiKeyId: string; partnerId: string };

beforeAll(async () => {
  const operator = await makeUser(db, { role: 'operator' });
  const alloy = await makeAlloy(db);
  const { partner } = await makePartner(db);
  const { apiKey } = await makeApiKey(db, partner.id);
  const order = await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });
  fixtures = {
    operatorId: operator.id,
    orderId: order.id,
    alloyId: alloy.id,
    apiKeyId: apiKey.id,
    partnerId: partner.id,
  };
  web = connectAs(DATABASE_ROLES.web);
  partnerApi = connectAs(DATABASE_ROLES.partnerApi);
  worker = connectAs(DATABASE_ROLES.worker);
  realtime = connectAs(DATABASE_ROLES.realtime);
});

afterAll(async () => {
  await Promise.all([...asRole.values()].map((handle) => handle.close()));
});

describe('every table sits in its context schema', () => {
  it('leaves no table in public', async () => {
    const inPublic = await db.execute<{ tablename: string }>(
      sql`select tablename from pg_tables where schemaname = 'public'`,
    );
    expect([...inPublic].map((row) => row.tablename)).toEqual([]);
  });

  it('connects each process as its role', async () => {
    const [who] = await realtime.execute<{ current_user: string }>(sql`select current_user`);
    expect(who?.current_user).toBe('facet_realtime');
  });
});

describe('the realtime server', () => {
  it('reads orders and users but writes nothing', async () => {
    const [order] = await realtime
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.id, fixtures.orderId));
    expect(order?.id).toBe(fixtures.orderId);
    const [user] = await realtime
      .select({ id: users.id })
      .from(users)
      .where(eq(users.id, fixtures.operatorId));
    expect(user?.id).toBe(fixtures.operatorId);
    expect(
      await refusal(
        realtime.update(orders).set({ status: 'CANCELLED' }).where(eq(orders.id, fixtures.orderId)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(realtime.select().from(apiKeys))).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe('the partner API', () => {
  it('is told of a lost race without an operator’s name, which its role may not read', async () => {
    const order = await makeOrder(db, {
      channel: 'api',
      partnerId: fixtures.partnerId,
      status: 'MANUFACTURING_STARTED',
      claimedById: fixtures.operatorId,
      claimedAt: new Date(),
    });
    const partner: Actor = { kind: 'partner', partnerId: fixtures.partnerId, name: 'Partner' };
    await expect(
      transitionOrder(partnerApi, {
        orderId: order.id,
        to: 'CANCELLED',
        actor: partner,
        reason: 'Changed their mind',
        expectedStatus: 'SUBMITTED',
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { status: 'MANUFACTURING_STARTED', claimedBy: null },
    });
  });

  it('creates orders (and the counters and rollups their triggers keep) and outbox rows', async () => {
    const order = await makeOrder(partnerApi, {
      channel: 'api',
      partnerId: fixtures.partnerId,
      status: 'SUBMITTED',
    });
    expect(order.channel).toBe('api');
    await partnerApi
      .insert(outbox)
      .values({ topic: 'order.changed', aggregateId: order.id, payload: { orderId: order.id } });
  });

  it('places an order and prices it at once, with its webhook deliveries and its approval by rule', async () => {
    const { partner } = await makePartner(db, 'Placing Partner');
    const alloy = await makeAlloy(db, { workRates: WORK_RATES });
    const model = await makeModel(db, { partnerId: partner.id, status: 'ANALYSED', analysis: RING_ANALYSIS });
    await db
      .insert(webhookEndpoints)
      .values({ partnerId: partner.id, url: 'https://hooks.example.com/facet', secret: 'whsec_test' });
    await db.insert(approvalRules).values({ kind: 'partner', partnerId: partner.id, active: false });
    const actor = { kind: 'partner', partnerId: partner.id, name: partner.name } as const;
    const item = {
      modelId: model.id,
      alloyCode: alloy.code,
      finish: 'polished',
      scale: 1,
      quantity: 1,
    } as const;

    expect(await placePartnerOrder(partnerApi, actor, { items: [item] })).toMatchObject({
      status: 'PRICE_CALCULATED',
    });
    await db.update(approvalRules).set({ active: true }).where(eq(approvalRules.partnerId, partner.id));
    const approved = await placePartnerOrder(partnerApi, actor, { items: [item] });
    expect(approved.timeline.map((event) => event.toStatus)).toEqual([
      'SUBMITTED',
      'PRICE_CALCULATED',
      'MANUFACTURING_APPROVED',
    ]);
    const deliveries = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.orderId, approved.id));
    expect(deliveries).toHaveLength(3);
    // The rules test below counts the rules in force: this one is switched off again.
    await db.update(approvalRules).set({ active: false }).where(eq(approvalRules.partnerId, partner.id));
  });

  it('marks its key used, and nothing else of the key', async () => {
    await partnerApi.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, fixtures.apiKeyId));
    expect(
      await refusal(
        partnerApi.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, fixtures.apiKeyId)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('never reads users nor writes prices, claims or the outbox relay', async () => {
    expect(await refusal(partnerApi.select().from(users))).toBe(INSUFFICIENT_PRIVILEGE);
    expect(
      await refusal(
        partnerApi.update(alloys).set({ pricePerGramCents: 1 }).where(eq(alloys.id, fixtures.alloyId)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(
      await refusal(
        partnerApi.insert(claims).values({ orderId: fixtures.orderId, operatorId: fixtures.operatorId }),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(partnerApi.update(outbox).set({ publishedAt: new Date() }))).toBe(
      INSUFFICIENT_PRIVILEGE,
    );
  });
});

describe('the worker', () => {
  it('publishes the outbox and records job runs', async () => {
    await worker.update(outbox).set({ publishedAt: new Date() });
    await worker.insert(jobRuns).values({
      queue: 'analyse',
      jobId: '1',
      attempt: 1,
      subjectType: 'order',
      subjectId: fixtures.orderId,
    });
  });

  it('never writes people, prices or claims', async () => {
    expect(
      await refusal(
        worker.update(users).set({ name: 'Someone else' }).where(eq(users.id, fixtures.operatorId)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(
      await refusal(
        worker.update(alloys).set({ pricePerGramCents: 1 }).where(eq(alloys.id, fixtures.alloyId)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
    expect(
      await refusal(
        worker.insert(claims).values({ orderId: fixtures.orderId, operatorId: fixtures.operatorId }),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe('the web app', () => {
  it('claims orders and prices alloys', async () => {
    await web.insert(claims).values({ orderId: fixtures.orderId, operatorId: fixtures.operatorId });
    await web.update(alloys).set({ pricePerGramCents: 99 }).where(eq(alloys.id, fixtures.alloyId));
    const [alloy] = await db.select().from(alloys).where(eq(alloys.id, fixtures.alloyId));
    expect(alloy?.pricePerGramCents).toBe(99);
  });

  it('adds outbox rows but leaves publishing and job runs to the worker', async () => {
    await web.insert(outbox).values({
      topic: 'order.changed',
      aggregateId: fixtures.orderId,
      payload: { orderId: fixtures.orderId },
    });
    expect(await refusal(web.update(outbox).set({ publishedAt: new Date() }))).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await refusal(web.delete(jobRuns))).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe('the published views (migration 0020)', () => {
  it('show people without their secrets', async () => {
    const columns = await db.execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns
        where table_schema = 'identity' and table_name = 'people' order by ordinal_position`,
    );
    expect([...columns].map((row) => row.column_name)).toEqual(['id', 'name', 'email', 'role']);
  });

  it('let the web app, the worker and the realtime server read people, never the partner API', async () => {
    for (const reader of [web, worker, realtime]) {
      const [person] = await reader
        .select({ name: people.name })
        .from(people)
        .where(eq(people.id, fixtures.operatorId));
      expect(person?.name).toEqual(expect.any(String));
    }
    expect(await refusal(partnerApi.select().from(people))).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('let every process read the orders’ summaries', async () => {
    for (const reader of [web, partnerApi, worker, realtime]) {
      const [order] = await reader
        .select({ status: orderSummaries.status })
        .from(orderSummaries)
        .where(eq(orderSummaries.id, fixtures.orderId));
      expect(order?.status).toBe('MANUFACTURING_APPROVED');
    }
    expect(
      await refusal(
        partnerApi.execute(
          sql`update ${orderSummaries} set status = 'CANCELLED' where id = ${fixtures.orderId}`,
        ),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('are read-only for every process, though a simple view could be written through', async () => {
    const renamed = db.execute(
      sql`update ${people} set name = 'Through the view' where id = ${fixtures.operatorId} returning id`,
    );
    expect([...(await renamed)]).toHaveLength(1);
    expect(
      await refusal(
        web.execute(sql`update ${people} set name = 'Someone else' where id = ${fixtures.operatorId}`),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });
});

describe('the catalog’s current alloys (migration 0021)', () => {
  it('show what pricing, castability and casting use of an alloy', async () => {
    const columns = await db.execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns
        where table_schema = 'catalog' and table_name = 'current_alloys' order by ordinal_position`,
    );
    expect([...columns].map((row) => row.column_name)).toEqual([
      'id',
      'code',
      'name',
      'density_g_per_cm3',
      'price_per_gram_cents',
      'currency',
      'casting_loss_pct',
      'wax_ratio',
      'sprue_allowance_g',
      'work_rates',
      'design_rules',
      'active',
    ]);
  });

  it('let the web app, the partner API and the worker read them, never the realtime server', async () => {
    for (const reader of [web, partnerApi, worker]) {
      const [alloy] = await reader
        .select({ id: currentAlloys.id, active: currentAlloys.active })
        .from(currentAlloys)
        .where(eq(currentAlloys.id, fixtures.alloyId));
      expect(alloy).toEqual({ id: fixtures.alloyId, active: true });
    }
    expect(await refusal(realtime.select().from(currentAlloys))).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('are read-only for every process, the web app that prices alloys too', async () => {
    for (const writer of [web, partnerApi, worker]) {
      expect(
        await refusal(
          writer.execute(
            sql`update ${currentAlloys} set price_per_gram_cents = 1 where id = ${fixtures.alloyId}`,
          ),
        ),
      ).toBe(INSUFFICIENT_PRIVILEGE);
    }
  });
});

describe('the models’ details (migration 0022)', () => {
  it('show a model as an order needs it, without its file or its 3D preview', async () => {
    const columns = await db.execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns
        where table_schema = 'models' and table_name = 'model_details' order by ordinal_position`,
    );
    expect([...columns].map((row) => row.column_name)).toEqual([
      'id',
      'owner_user_id',
      'partner_id',
      'mode',
      'original_name',
      'format',
      'size_bytes',
      'sha256',
      'status',
      'analysis',
      'rejection_reason',
      'rejection_message',
      'preview_png_key',
      'design',
      'created_at',
    ]);
  });

  it('let the web app, the partner API and the worker read them, never the realtime server', async () => {
    const model = await makeModel(db, { partnerId: fixtures.partnerId });
    for (const reader of [web, partnerApi, worker]) {
      const [details] = await reader
        .select({ id: modelDetails.id, partnerId: modelDetails.partnerId, mode: modelDetails.mode })
        .from(modelDetails)
        .where(eq(modelDetails.id, model.id));
      expect(details).toEqual({ id: model.id, partnerId: fixtures.partnerId, mode: 'live' });
    }
    expect(await refusal(realtime.select().from(modelDetails))).toBe(INSUFFICIENT_PRIVILEGE);
    // The workshop cards' summaries stay the realtime server's to read.
    const [summary] = await realtime
      .select({ id: modelSummaries.id })
      .from(modelSummaries)
      .where(eq(modelSummaries.id, model.id));
    expect(summary?.id).toBe(model.id);
  });

  it('are read-only for every process, the web app and the partner API that upload models too', async () => {
    const model = await makeModel(db);
    for (const writer of [web, partnerApi, worker]) {
      expect(
        await refusal(
          writer.execute(sql`update ${modelDetails} set status = 'REJECTED' where id = ${model.id}`),
        ),
      ).toBe(INSUFFICIENT_PRIVILEGE);
      expect(
        await refusal(writer.execute(sql`select id from ${modelDetails} where id = ${model.id} for update`)),
      ).toBe(INSUFFICIENT_PRIVILEGE);
    }
    const [stored] = await db
      .select({ status: modelDetails.status })
      .from(modelDetails)
      .where(eq(modelDetails.id, model.id));
    expect(stored?.status).toBe('UPLOADED');
  });
});

describe('the partners’ orders (migration 0023)', () => {
  it('show an order as the partner API answers and lists it, not as the workshop handles it', async () => {
    const columns = await db.execute<{ column_name: string }>(
      sql`select column_name from information_schema.columns
        where table_schema = 'orders' and table_name = 'partner_orders' order by ordinal_position`,
    );
    expect([...columns].map((row) => row.column_name)).toEqual([
      'id',
      'number',
      'partner_id',
      'mode',
      'external_ref',
      'status',
      'version',
      'change_number',
      'total_cents',
      'currency',
      'lead_time_days',
      'promised_at',
      'status_reason',
      'status_reason_message',
      'customer_user_id',
      'claimed_by_id',
      'created_at',
      'updated_at',
      'status_changed_at',
    ]);
  });

  it('let the partner API and the worker (the sandbox job) read them, never the web app or the realtime server', async () => {
    const order = await makeOrder(db, { channel: 'api', partnerId: fixtures.partnerId, status: 'SUBMITTED' });
    for (const reader of [partnerApi, worker]) {
      const [seen] = await reader
        .select({ id: partnerOrders.id, partnerId: partnerOrders.partnerId, mode: partnerOrders.mode })
        .from(partnerOrders)
        .where(eq(partnerOrders.id, order.id));
      expect(seen).toEqual({ id: order.id, partnerId: fixtures.partnerId, mode: 'live' });
    }
    for (const refused of [web, realtime]) {
      expect(await refusal(refused.select().from(partnerOrders))).toBe(INSUFFICIENT_PRIVILEGE);
    }
  });

  it('are read-only for every process, the partner API and the worker that change orders too', async () => {
    const order = await makeOrder(db, { channel: 'api', partnerId: fixtures.partnerId, status: 'SUBMITTED' });
    for (const writer of [web, partnerApi, worker]) {
      expect(
        await refusal(
          writer.execute(sql`update ${partnerOrders} set status = 'CANCELLED' where id = ${order.id}`),
        ),
      ).toBe(INSUFFICIENT_PRIVILEGE);
      expect(
        await refusal(writer.execute(sql`select id from ${partnerOrders} where id = ${order.id} for update`)),
      ).toBe(INSUFFICIENT_PRIVILEGE);
    }
    const [stored] = await db
      .select({ status: partnerOrders.status })
      .from(partnerOrders)
      .where(eq(partnerOrders.id, order.id));
    expect(stored?.status).toBe('SUBMITTED');
  });
});

async function columnsOf(schema: string, view: string): Promise<string[]> {
  const columns = await db.execute<{ column_name: string }>(
    sql`select column_name from information_schema.columns
      where table_schema = ${schema} and table_name = ${view} order by ordinal_position`,
  );
  return [...columns].map((row) => row.column_name);
}

/** No process writes or locks through a view: each statement is refused for every role. */
async function refusalsOfEveryRole(statements: SQL[]): Promise<(string | undefined)[]> {
  const codes: (string | undefined)[] = [];
  for (const role of [web, partnerApi, worker, realtime]) {
    for (const statement of statements) codes.push(await refusal(role.execute(statement)));
  }
  return codes;
}

describe('the orders’ report figures (migration 0024)', () => {
  it('show the rollups as the CRM dashboard sums them, without their stripes', async () => {
    expect(await columnsOf('orders', 'orders_by_day')).toEqual([
      'day',
      'channel',
      'alloy_code',
      'status',
      'orders',
      'booked_orders',
      'booked_cents',
    ]);
    expect(await columnsOf('orders', 'status_stays_by_day')).toEqual([
      'day',
      'channel',
      'alloy_code',
      'status',
      'stays',
      'total_seconds',
    ]);
  });

  it('let the web app (the CRM dashboard) read them, never the partner API, the worker or the realtime server', async () => {
    const [placed] = await web
      .select({ orders: sql<string>`sum(${ordersByDay.orders})` })
      .from(ordersByDay)
      .where(eq(ordersByDay.status, 'MANUFACTURING_APPROVED'));
    expect(Number(placed?.orders)).toBeGreaterThan(0);
    await web.select().from(statusStaysByDay);
    for (const refused of [partnerApi, worker, realtime]) {
      expect(await refusal(refused.select().from(ordersByDay))).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await refusal(refused.select().from(statusStaysByDay))).toBe(INSUFFICIENT_PRIVILEGE);
    }
  });

  it('are read-only for every process', async () => {
    const codes = await refusalsOfEveryRole([
      sql`update ${ordersByDay} set orders = 0`,
      sql`select day from ${ordersByDay} for update`,
      sql`update ${statusStaysByDay} set stays = 0`,
      sql`select day from ${statusStaysByDay} for update`,
    ]);
    expect(new Set(codes)).toEqual(new Set([INSUFFICIENT_PRIVILEGE]));
  });
});

describe('the CRM’s approval rules in force (migration 0024)', () => {
  let partnerRuleId: string;
  beforeAll(async () => {
    const [rule] = await db
      .insert(approvalRules)
      .values({ kind: 'partner', partnerId: fixtures.partnerId })
      .returning({ id: approvalRules.id });
    partnerRuleId = rule!.id;
    await db.insert(approvalRules).values({ kind: 'below_price', maxTotalCents: 100, active: false });
  });

  it('show a rule as pricing applies it, with its partner’s name', async () => {
    expect(await columnsOf('crm', 'active_approval_rules')).toEqual([
      'id',
      'kind',
      'partner_id',
      'partner_name',
      'max_total_cents',
      'created_at',
    ]);
  });

  it('let the processes that price orders (the worker, and the web app and the partner API as orders are placed) read only the active ones, never the realtime server', async () => {
    for (const pricing of [worker, web, partnerApi]) {
      const rules = await pricing
        .select({ id: activeApprovalRules.id, partnerName: activeApprovalRules.partnerName })
        .from(activeApprovalRules);
      expect(rules).toEqual([{ id: partnerRuleId, partnerName: 'Atelier Test' }]);
    }
    expect(await refusal(realtime.select().from(activeApprovalRules))).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('are read-only for every process, the web app and the worker that write rules too', async () => {
    const codes = await refusalsOfEveryRole([
      sql`update ${activeApprovalRules} set max_total_cents = 1`,
      sql`select id from ${activeApprovalRules} for update`,
    ]);
    // A view with a join cannot be written through at all (55000, before any privilege is asked);
    // locking through it asks for UPDATE, which no role has (42501).
    expect(codes).toEqual(Array(4).fill([CANNOT_WRITE_THROUGH, INSUFFICIENT_PRIVILEGE]).flat());
    const [stored] = await db
      .select({ maxTotalCents: approvalRules.maxTotalCents })
      .from(approvalRules)
      .where(eq(approvalRules.id, partnerRuleId));
    expect(stored?.maxTotalCents).toBeNull();
  });
});

describe('the partners’ webhook delivery log (migration 0024)', () => {
  let deliveryId: string;
  beforeAll(async () => {
    const [endpoint] = await db
      .insert(webhookEndpoints)
      .values({ partnerId: fixtures.partnerId, url: 'https://partner.example/hooks', secret: 'whsec_test' })
      .returning({ id: webhookEndpoints.id });
    const [delivery] = await db
      .insert(webhookDeliveries)
      .values({
        endpointId: endpoint!.id,
        eventKey: 'log-1',
        eventType: 'order.status_changed',
        orderId: fixtures.orderId,
        payload: {},
      })
      .returning({ id: webhookDeliveries.id });
    deliveryId = delivery!.id;
    await db.insert(webhookAttempts).values({ deliveryId, attempt: 1, statusCode: 200, durationMs: 12 });
  });

  it('shows a delivery with its endpoint’s URL, not its secret or payload, and each attempt', async () => {
    expect(await columnsOf('partners', 'webhook_delivery_log')).toEqual([
      'id',
      'order_id',
      'event_type',
      'endpoint_url',
      'created_at',
    ]);
    expect(await columnsOf('partners', 'webhook_attempt_log')).toEqual([
      'id',
      'delivery_id',
      'attempt',
      'status_code',
      'error',
      'duration_ms',
      'created_at',
    ]);
  });

  it('lets the web app (the flight recorder) read it, never the partner API, the worker or the realtime server', async () => {
    const deliveries = await web
      .select({ id: webhookDeliveryLog.id, url: webhookDeliveryLog.endpointUrl })
      .from(webhookDeliveryLog)
      .where(eq(webhookDeliveryLog.orderId, fixtures.orderId));
    expect(deliveries).toEqual([{ id: deliveryId, url: 'https://partner.example/hooks' }]);
    const attempts = await web
      .select({ attempt: webhookAttemptLog.attempt, statusCode: webhookAttemptLog.statusCode })
      .from(webhookAttemptLog)
      .where(eq(webhookAttemptLog.deliveryId, deliveryId));
    expect(attempts).toEqual([{ attempt: 1, statusCode: 200 }]);
    for (const refused of [partnerApi, worker, realtime]) {
      expect(await refusal(refused.select().from(webhookDeliveryLog))).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await refusal(refused.select().from(webhookAttemptLog))).toBe(INSUFFICIENT_PRIVILEGE);
    }
  });

  it('is read-only for every process, the worker and the partner API that write deliveries too', async () => {
    const codes = await refusalsOfEveryRole([
      sql`update ${webhookDeliveryLog} set event_type = 'forged'`,
      sql`select id from ${webhookDeliveryLog} for update`,
      sql`update ${webhookAttemptLog} set status_code = 500`,
      sql`select id from ${webhookAttemptLog} for update`,
    ]);
    // The log joins its endpoint, so it cannot be written through at all (55000); the realtime server
    // may not even name the partners' schema (42501).
    const refusedTo = [
      CANNOT_WRITE_THROUGH,
      INSUFFICIENT_PRIVILEGE,
      INSUFFICIENT_PRIVILEGE,
      INSUFFICIENT_PRIVILEGE,
    ];
    expect(codes).toEqual([
      ...refusedTo,
      ...refusedTo,
      ...refusedTo,
      ...Array(4).fill(INSUFFICIENT_PRIVILEGE),
    ]);
    const [stored] = await db
      .select({ eventType: webhookDeliveries.eventType })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.id, deliveryId));
    expect(stored?.eventType).toBe('order.status_changed');
  });
});
