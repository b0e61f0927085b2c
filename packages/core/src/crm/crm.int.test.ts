import { clients } from '@facet/db/schema/crm';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import {
  makeAlloy,
  makeClient,
  makeModel,
  makeOrder,
  makeOrderItem,
  makePartner,
  makeUser,
} from '@facet/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrder } from '../orders/create-order';
import { priceOrder } from '../orders/price-order';
import { RING_ANALYSIS, WORK_RATES } from '../partners/test-fixtures';
import type { Actor } from '../shared/actor';
import { addClientNote } from './add-client-note';
import { createApprovalRule } from './create-approval-rule';
import { createClient } from './create-client';
import { getDashboard } from './get-dashboard';
import { holdOrder } from './hold-order';
import { listClientActivity } from './list-client-activity';
import { listClientOrders } from './list-client-orders';
import { listLateOrders } from './list-late-orders';
import { listSellerOrders } from './list-seller-orders';
import { makeClientPartner } from './make-client-partner';
import { resumeOrder } from './resume-order';
import { searchClients } from './search-clients';
import { setApprovalRuleActive } from './set-approval-rule-active';
import { updateClient } from './update-client';

const { db } = useTestDb();
let seller: Actor;
let operator: Actor;

beforeAll(async () => {
  const sellerRow = await makeUser(db, { role: 'seller', name: 'Sam Moreau' });
  const operatorRow = await makeUser(db, { role: 'operator' });
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name };
  operator = { kind: 'user', userId: operatorRow.id, role: 'operator', name: operatorRow.name };
});

describe('clients', () => {
  it('finds a client by part of a name, an email, a company or the digits of a phone number', async () => {
    const chloe = await makeClient(db, {
      name: 'Chloe Martin',
      email: 'chloe@example.com',
      phone: '+33 6 12 34 56 78',
    });
    const forge = await makeClient(db, {
      kind: 'company',
      name: 'Nordic Forge',
      companyName: 'Nordic Forge AB',
      phone: '+46 8 555 010 20',
    });
    const ids = async (query: string) =>
      (await searchClients(db, seller, { query })).items.map((client) => client.id);
    expect(await ids('hloe')).toContain(chloe.id);
    expect(await ids('CHLOE@EXAMPLE')).toContain(chloe.id);
    expect(await ids('forge ab')).toContain(forge.id);
    expect(await ids('12 34')).toEqual([chloe.id]);
    expect(await ids('06 12 34 56')).toEqual([chloe.id]);
    expect(await ids('555-010')).toEqual([forge.id]);
    expect(await ids('100%')).toEqual([]);
  });

  it('pages through clients by name without repeating or skipping anyone', async () => {
    for (let i = 0; i < 7; i += 1)
      await makeClient(db, { name: `Pager ${i % 3}`, email: `pager${i}@x.test` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchClients(db, seller, { query: 'pager', limit: 3, cursor });
      seen.push(...page.items.map((client) => client.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('searches 100k clients through the trigram indexes', async () => {
    await db.execute(sql`
      insert into clients (id, kind, name, email, phone)
      select gen_random_uuid(), 'person', 'Bulk client ' || n, 'bulk' || n || '@example.test',
        '+33 6 ' || lpad((n % 100000)::text, 8, '0')
      from generate_series(1, 100000) as n`);
    await db.execute(sql`analyze clients`);
    const plan = async (where: string) =>
      (await db.execute<{ 'QUERY PLAN': string }>(sql.raw(`explain select id from clients where ${where}`)))
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    expect(await plan(`search_text like '%bulk99871%'`)).toContain('clients_search_trgm_idx');
    expect(await plan(`phone_digits like '%99871%'`)).toContain('clients_phone_trgm_idx');
    const started = performance.now();
    const page = await searchClients(db, seller, { query: '0009 9871' });
    expect(page.items.map((client) => client.name)).toEqual(['Bulk client 99871']);
    expect(performance.now() - started).toBeLessThan(500);
    await db.delete(clients).where(sql`${clients.name} like 'Bulk client %'`);
  });

  it('validates a new client and says which field is wrong', async () => {
    await expect(
      createClient(db, seller, { kind: 'company', name: 'Acme', email: 'acme@x.test' }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['companyName'] })],
    });
    await expect(createClient(db, seller, { kind: 'person', name: 'No Contact' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['email'] })],
    });
    await expect(
      createClient(db, operator, { kind: 'person', name: 'Nope', email: 'n@x.test' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('the client card', () => {
  it('shows orders from the shop, the CRM and the API together, and one timeline of notes and events', async () => {
    const shopper = await makeUser(db, { role: 'customer' });
    const { client: company, partner } = await makePartner(db, 'Atelier Card');
    await db.update(clients).set({ userId: shopper.id }).where(eq(clients.id, company.id));
    const crmOrder = await makeOrder(db, { channel: 'crm', clientId: company.id });
    const shopOrder = await makeOrder(db, { channel: 'shop', customerUserId: shopper.id });
    const apiOrder = await makeOrder(db, { channel: 'api', partnerId: partner.id });
    await makeOrder(db, { channel: 'shop' });

    const page = await listClientOrders(db, seller, { clientId: company.id });
    expect(page.items.map((order) => order.id).sort()).toEqual(
      [crmOrder.id, shopOrder.id, apiOrder.id].sort(),
    );
    expect(page.items.every((order) => order.clientId === company.id)).toBe(true);

    // Pages across the three arms: newest first, each order once (one is in two arms).
    const day = 86_400_000;
    const more = [];
    for (let i = 0; i < 7; i++) {
      more.push(
        await makeOrder(db, {
          channel: (['crm', 'shop', 'api'] as const)[i % 3],
          clientId: i % 3 === 0 || i === 4 ? company.id : null,
          customerUserId: i % 3 === 1 ? shopper.id : null,
          partnerId: i % 3 === 2 || i === 4 ? partner.id : null,
          createdAt: new Date(Date.now() - (i + 1) * day),
        }),
      );
    }
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const next = await listClientOrders(db, seller, { clientId: company.id, limit: 3, cursor });
      walked.push(...next.items.map((order) => order.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(walked.slice(3)).toEqual(more.map((order) => order.id));
    expect(new Set(walked).size).toBe(10);

    await db.insert(orderEvents).values({
      orderId: apiOrder.id,
      version: 1,
      type: 'created',
      toStatus: 'SUBMITTED',
      actorKind: 'partner',
      actorName: 'Atelier Card',
    });
    await addClientNote(db, seller, { clientId: company.id, body: 'Prefers rose gold.' });
    const activity = await listClientActivity(db, seller, { clientId: company.id });
    expect(activity.items.map((item) => item.kind).sort()).toEqual(['note', 'order_event']);
    expect(activity.items[0]).toMatchObject({
      kind: 'note',
      body: 'Prefers rose gold.',
      authorName: 'Sam Moreau',
    });
  });

  it('turns a company into a partner once, and keeps a partner a company', async () => {
    const person = await makeClient(db, { name: 'Solo Person', email: 'solo@x.test' });
    await expect(makeClientPartner(db, seller, { clientId: person.id })).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
    });
    const company = await makeClient(db, {
      kind: 'company',
      name: 'Goldsmiths Ltd',
      companyName: 'Goldsmiths Ltd',
    });
    const { partnerId } = await makeClientPartner(db, seller, {
      clientId: company.id,
      rateLimitTier: 'premium',
    });
    expect(partnerId).toBeTruthy();
    await expect(makeClientPartner(db, seller, { clientId: company.id })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      updateClient(db, seller, {
        clientId: company.id,
        kind: 'person',
        name: 'Goldsmiths',
        email: 'g@x.test',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'kind' } });
  });
});

describe('orders for sellers', () => {
  it('filters by status, channel and overdue, and pages by total without gaps', async () => {
    const client = await makeClient(db, { name: 'Filter Client', email: 'filter@x.test' });
    const past = new Date(Date.now() - 3 * 24 * 3600_000);
    for (let i = 0; i < 5; i += 1) {
      await makeOrder(db, {
        channel: 'crm',
        clientId: client.id,
        status: 'PRICE_CALCULATED',
        totalCents: 1000 * (i % 3),
      });
    }
    const overdue = await makeOrder(db, {
      channel: 'crm',
      clientId: client.id,
      status: 'MANUFACTURING_STARTED',
      promisedAt: past,
    });
    const priced = await listSellerOrders(db, seller, {
      clientId: client.id,
      statuses: ['PRICE_CALCULATED'],
    });
    expect(priced.items).toHaveLength(5);
    const late = await listSellerOrders(db, seller, { clientId: client.id, overdue: true });
    expect(late.items.map((order) => order.id)).toEqual([overdue.id]);
    expect(late.items[0]?.overdue).toBe(true);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await listSellerOrders(db, seller, {
        clientId: client.id,
        sort: 'total_desc',
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((order) => order.totalCents ?? -1));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([2000, 1000, 1000, 0, 0, -1]);
  });

  it('lists late and stuck orders, the latest first', async () => {
    const hour = 3600_000;
    const stuckPricing = await makeOrder(db, {
      status: 'SUBMITTED',
      statusChangedAt: new Date(Date.now() - 30 * hour),
    });
    const pastPromise = await makeOrder(db, {
      status: 'MANUFACTURING_STARTED',
      statusChangedAt: new Date(Date.now() - hour),
      promisedAt: new Date(Date.now() - 5 * 24 * hour),
    });
    await makeOrder(db, { status: 'CLOSED', promisedAt: new Date(Date.now() - 50 * 24 * hour) });
    const { items } = await listLateOrders(db, seller);
    const ours = items.filter((order) => [stuckPricing.id, pastPromise.id].includes(order.id));
    expect(ours.map((order) => [order.id, order.lateReason])).toEqual([
      [pastPromise.id, 'past-promise'],
      [stuckPricing.id, 'stuck'],
    ]);
    expect(items.every((order, i) => i === 0 || items[i - 1]!.lateByS >= order.lateByS)).toBe(true);
  });

  it('pages through late orders by keyset, each once, in the order of one long page', async () => {
    const hour = 3600_000;
    const statuses = [
      'SUBMITTED',
      'PRICE_CALCULATED',
      'MANUFACTURING_APPROVED',
      'ON_HOLD',
      'SHIPPED',
    ] as const;
    for (let i = 0; i < 15; i++) {
      await makeOrder(db, {
        status: statuses[i % statuses.length]!,
        heldFromStatus: statuses[i % statuses.length] === 'ON_HOLD' ? 'PRICE_CALCULATED' : null,
        statusChangedAt: new Date(Date.now() - (20 + i * 7) * 24 * hour),
        // Some promised dates come before the status limit, some after, some not at all.
        promisedAt: i % 3 === 0 ? null : new Date(Date.now() - (i % 2 ? 60 : 1) * 24 * hour),
      });
    }
    const whole = await listLateOrders(db, seller, { limit: 500 });
    expect(whole.total).toBe(whole.items.length);
    expect(whole.nextCursor).toBeNull();
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listLateOrders(db, seller, { limit: 4, cursor });
      expect(page.total).toBe(whole.total);
      walked.push(...page.items.map((order) => order.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(whole.items.map((order) => order.id));
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.length).toBeGreaterThanOrEqual(15);
    await expect(listLateOrders(db, seller, { cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('holds an order with a reason and resumes it where it was', async () => {
    const order = await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });
    await expect(holdOrder(db, seller, { orderId: order.id, reason: '' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['reason'] })],
    });
    expect(await holdOrder(db, seller, { orderId: order.id, reason: 'Client on holiday' })).toMatchObject({
      status: 'ON_HOLD',
    });
    expect(await resumeOrder(db, seller, order.id)).toMatchObject({ status: 'MANUFACTURING_APPROVED' });
  });
});

describe('approval rules', () => {
  async function submittedOrder(partnerId: string | null) {
    const alloy = await makeAlloy(db, { workRates: WORK_RATES });
    const model = await makeModel(db, { status: 'ANALYSED', analysis: RING_ANALYSIS, partnerId });
    const order = await createOrder(
      db,
      partnerId ? { kind: 'partner', partnerId, name: 'Partner' } : seller,
      { items: [{ modelId: model.id, alloyCode: alloy.code, finish: 'polished', scale: 1, quantity: 1 }] },
      { channel: partnerId ? 'api' : 'crm' },
    );
    return order.id;
  }

  it('approves a just-priced order of a partner with a rule, naming the rule in the timeline', async () => {
    const { partner } = await makePartner(db, 'Auto Atelier');
    const rule = await createApprovalRule(db, seller, { kind: 'partner', partnerId: partner.id });
    const orderId = await submittedOrder(partner.id);
    await priceOrder(db, orderId);
    const approved = await db.query.orders.findFirst({ where: eq(orders.id, orderId) });
    expect(approved?.status).toBe('MANUFACTURING_APPROVED');
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(events.at(-1)).toMatchObject({ actorName: 'Approval rule', toStatus: 'MANUFACTURING_APPROVED' });

    await setApprovalRuleActive(db, seller, { ruleId: rule.id, active: false });
    const next = await submittedOrder(partner.id);
    await priceOrder(db, next);
    expect((await db.query.orders.findFirst({ where: eq(orders.id, next) }))?.status).toBe(
      'PRICE_CALCULATED',
    );
  });

  it('approves orders below a price limit and leaves dearer ones for a seller', async () => {
    const cheap = await submittedOrder(null);
    await priceOrder(db, cheap);
    const total = (await db.query.orders.findFirst({ where: eq(orders.id, cheap) }))!.totalCents!;
    await createApprovalRule(db, seller, { kind: 'below_price', maxTotalCents: total });
    const same = await submittedOrder(null);
    await priceOrder(db, same);
    expect((await db.query.orders.findFirst({ where: eq(orders.id, same) }))?.status).toBe(
      'MANUFACTURING_APPROVED',
    );
    await db.execute(sql`update approval_rules set active = false where kind = 'below_price'`);
    await createApprovalRule(db, seller, { kind: 'below_price', maxTotalCents: total - 1 });
    const dearer = await submittedOrder(null);
    await priceOrder(db, dearer);
    expect((await db.query.orders.findFirst({ where: eq(orders.id, dearer) }))?.status).toBe(
      'PRICE_CALCULATED',
    );
  });
});

describe('dashboard', () => {
  it('counts orders per day by channel, time in status and revenue per week', async () => {
    const order = await makeOrder(db, {
      channel: 'api',
      status: 'MANUFACTURING_APPROVED',
      totalCents: 12_345,
    });
    await makeOrderItem(db, {
      orderId: order.id,
      modelId: (await makeModel(db)).id,
      alloyId: (await makeAlloy(db)).id,
      alloyCode: 'AG925',
    });
    const t0 = new Date(Date.now() - 2 * 3600_000);
    await db.insert(orderEvents).values([
      {
        orderId: order.id,
        version: 1,
        type: 'created',
        toStatus: 'SUBMITTED',
        actorKind: 'system',
        actorName: 't',
        createdAt: t0,
      },
      {
        orderId: order.id,
        version: 2,
        type: 'status_changed',
        fromStatus: 'SUBMITTED',
        toStatus: 'PRICE_CALCULATED',
        actorKind: 'system',
        actorName: 't',
        createdAt: new Date(t0.getTime() + 60_000),
      },
    ]);
    const figures = await getDashboard(db, seller);
    expect(figures.ordersPerDay).toHaveLength(30);
    expect(figures.ordersPerDay.at(-1)!.api).toBeGreaterThanOrEqual(1);
    expect(figures.revenuePerWeek.length).toBeGreaterThanOrEqual(5);
    expect(figures.revenuePerWeek.at(-1)!.totalCents).toBeGreaterThanOrEqual(12_345);
    expect(figures.timeInStatus.find((row) => row.status === 'SUBMITTED')?.meanS).toBeGreaterThan(0);
    expect(figures.ordersByStatus.MANUFACTURING_APPROVED).toBeGreaterThanOrEqual(1);
  });
});
