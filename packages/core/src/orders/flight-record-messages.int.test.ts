import { jobRuns } from '@facet/db/schema/operations';
import { orderEvents } from '@facet/db/schema/orders';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makePartner, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStoredMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import type { Actor } from '../shared/actor';
import { getOrderFlightRecord, type TFlightEntry } from './get-order-flight-record';

const { db } = useTestDb();

let seller: Actor;
beforeAll(async () => {
  const staff = await makeUser(db, { role: 'seller', name: 'Sam Moreau' });
  seller = { kind: 'user', userId: staff.id, role: 'seller', name: staff.name };
});

const at = (second: number) => new Date(Date.UTC(2026, 0, 5, 9, 0, second));

/** An order with a line of each kind: events, two job attempts, two webhook attempts. */
async function recordedOrder() {
  const order = await makeOrder(db, { status: 'PRICE_CALCULATED' });
  const event = { orderId: order.id, actorKind: 'system' as const, actorName: 'Pricing', reason: null };
  await db.insert(orderEvents).values([
    { ...event, version: 1, type: 'created', toStatus: 'SUBMITTED', createdAt: at(1) },
    {
      ...event,
      version: 2,
      type: 'status_changed',
      fromStatus: 'SUBMITTED',
      toStatus: 'PRICE_CALCULATED',
      createdAt: at(2),
    },
    { ...event, version: 3, type: 'item_added', toStatus: 'PRICE_CALCULATED', createdAt: at(3) },
    { ...event, version: 4, type: 'sla_breached', toStatus: 'PRICE_CALCULATED', createdAt: at(4) },
    { ...event, version: 5, type: 'casting_tree_joined', toStatus: 'PRICE_CALCULATED', createdAt: at(5) },
  ]);
  const run = { queue: 'pricing', jobId: `pricing:${order.id}`, subjectType: 'order', subjectId: order.id };
  await db.insert(jobRuns).values([
    { ...run, attempt: 1, status: 'failed', error: 'Redis went away', startedAt: at(6), finishedAt: at(7) },
    {
      ...run,
      attempt: 2,
      status: 'succeeded',
      startedAt: at(8),
      finishedAt: new Date(at(8).getTime() + 1_234),
    },
  ]);
  const { partner } = await makePartner(db);
  const [endpoint] = await db
    .insert(webhookEndpoints)
    .values({ partnerId: partner.id, url: 'https://partner.example/hooks', secret: 'whsec' })
    .returning();
  const [delivery] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: endpoint!.id,
      eventKey: `order:${order.id}:2`,
      eventType: 'order.status_changed',
      orderId: order.id,
      payload: {},
    })
    .returning();
  await db.insert(webhookAttempts).values([
    { deliveryId: delivery!.id, attempt: 1, error: 'connect ECONNREFUSED', durationMs: 3, createdAt: at(10) },
    { deliveryId: delivery!.id, attempt: 2, statusCode: 200, durationMs: 85, createdAt: at(11) },
  ]);
  return order;
}

const lines = (entries: TFlightEntry[], locale: Locale) =>
  entries.map((entry) => ({
    title: renderStoredMessage(entry.titleMessage, locale) ?? entry.title,
    detail: renderStoredMessage(entry.detailMessage, locale) ?? entry.detail,
  }));

describe('the flight recorder’s lines', () => {
  it('are said in English as before, from catalogue messages kept beside them', async () => {
    const order = await recordedOrder();
    const { entries } = await getOrderFlightRecord(db, seller, order.id);
    expect(entries.map(({ title, detail }) => ({ title, detail }))).toEqual([
      { title: 'Created: Submitted (v1)', detail: 'Pricing' },
      { title: 'Status: Priced (v2)', detail: 'Pricing' },
      { title: 'item added (v3)', detail: 'Pricing' },
      { title: 'Flagged past its time limit (v4)', detail: 'Pricing' },
      { title: 'Put on casting tree (v5)', detail: 'Pricing' },
      { title: 'Job pricing · attempt 1', detail: 'Redis went away' },
      { title: 'Job pricing · attempt 2', detail: `pricing:${order.id} · 1234 ms` },
      {
        title: 'Webhook attempt 1: order.status_changed → https://partner.example/hooks',
        detail: 'connect ECONNREFUSED',
      },
      {
        title: 'Webhook attempt 2: order.status_changed → https://partner.example/hooks',
        detail: 'HTTP 200 in 85 ms',
      },
    ]);
    expect(lines(entries, 'en')).toEqual(entries.map(({ title, detail }) => ({ title, detail })));
  });

  it('are said in Russian, statuses and figures as Russian writes them; errors stay as the program wrote them', async () => {
    const order = await recordedOrder();
    const { entries } = await getOrderFlightRecord(db, seller, order.id);
    // Intl groups a Russian thousand with a no-break space: 1 234 мс.
    expect(lines(entries, 'ru')).toEqual([
      { title: 'Создан: Отправлен (v1)', detail: 'Pricing' },
      { title: 'Статус: Рассчитан (v2)', detail: 'Pricing' },
      { title: 'Изделие добавлено (v3)', detail: 'Pricing' },
      { title: 'Отмечен: вышел срок в статусе (v4)', detail: 'Pricing' },
      { title: 'Поставлен на ёлку (v5)', detail: 'Pricing' },
      { title: 'Задача pricing · попытка 1', detail: 'Redis went away' },
      { title: 'Задача pricing · попытка 2', detail: `pricing:${order.id} · 1\u00a0234 мс` },
      {
        title: 'Попытка доставки вебхука 1: order.status_changed → https://partner.example/hooks',
        detail: 'connect ECONNREFUSED',
      },
      {
        title: 'Попытка доставки вебхука 2: order.status_changed → https://partner.example/hooks',
        detail: 'HTTP 200 за 85 мс',
      },
    ]);
  });
});
