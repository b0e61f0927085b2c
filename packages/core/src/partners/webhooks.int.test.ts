import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner, makeUser } from '@facet/testing/factories';
import { and, asc, eq, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { CURRENT_API_VERSION } from './api-versions';
import { attemptWebhookDelivery } from './attempt-webhook-delivery';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint';
import { findOverdueWebhookDeliveries } from './find-overdue-webhook-deliveries';
import { listWebhookDeliveries } from './list-webhook-deliveries';
import { listWebhookEndpoints } from './list-webhook-endpoints';
import { placePartnerOrder } from './place-partner-order';
import { replayWebhookDelivery } from './replay-webhook-delivery';
import { sendTestWebhook } from './send-test-webhook';
import { verifyWebhookSignature } from './sign-webhook';
import { RING_ANALYSIS, WORK_RATES } from './test-fixtures';
import { updateWebhookEndpoint } from './update-webhook-endpoint';
import { WEBHOOK_DELIVERY_TOPIC } from './webhook-event';
import { WEBHOOK_MAX_ATTEMPTS } from './webhook-retry-schedule';
import { parseWebhookAllowList } from './webhook-target';

const { db } = useTestDb();
/** The receivers of these tests listen on 127.0.0.1: allowed the way an admin allows an on-premises one. */
const LOCAL_RECEIVERS = parseWebhookAllowList('127.0.0.1');

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers with the next status in `answers` (then 200) and keeps what it got. */
function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answers.shift() ?? 200).end();
    });
  });
  return new Promise<{ url: string; received: Received[]; answers: number[]; server: Server }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
        received,
        answers,
        server,
      }),
    ),
  );
}

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let partner: Extract<Actor, { kind: 'partner' }>;
let seller: Actor;
let modelId: string;
let alloyCode: string;

beforeAll(async () => {
  receiver = await startReceiver();
  const row = (await makePartner(db, 'Hooked')).partner;
  partner = { kind: 'partner', partnerId: row.id, name: row.name };
  const sellerUser = await makeUser(db, { role: 'seller' });
  seller = { kind: 'user', userId: sellerUser.id, role: 'seller', name: 'Sam' };
  alloyCode = (await makeAlloy(db, { workRates: WORK_RATES })).code;
  modelId = (await makeModel(db, { partnerId: row.id, status: 'ANALYSED', analysis: RING_ANALYSIS })).id;
});

afterAll(() => new Promise<void>((resolve) => receiver.server.close(() => resolve())));

async function deliveriesOf(endpointId: string) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(asc(webhookDeliveries.createdAt));
}

describe('webhooks', () => {
  it('records one delivery and one outbox row per order change, in the same transaction', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    expect(endpoint.secret).toMatch(/^whsec_/);
    const order = await placePartnerOrder(db, partner, {
      items: [{ modelId, alloyCode, finish: 'polished', scale: 1, quantity: 1 }],
    });
    await transitionOrder(db, { orderId: order.id, to: 'CANCELLED', actor: partner, reason: 'test' });
    const deliveries = await deliveriesOf(endpoint.id);
    // Created, priced as it was placed (its model is analysed), cancelled.
    expect(deliveries.map((d) => [d.eventKey, d.eventType])).toEqual([
      [`${order.id}:v1`, 'order.created'],
      [`${order.id}:v2`, 'order.status_changed'],
      [`${order.id}:v3`, 'order.status_changed'],
    ]);
    const rows = await db.select().from(outbox).where(eq(outbox.topic, WEBHOOK_DELIVERY_TOPIC));
    expect(rows.map((row) => row.aggregateId)).toEqual(expect.arrayContaining(deliveries.map((d) => d.id)));

    const outcome = await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, deliveries[2]!.id);
    expect(outcome).toMatchObject({ outcome: 'delivered', attempt: 1, statusCode: 200 });
    const got = receiver.received.at(-1)!;
    expect(verifyWebhookSignature(endpoint.secret, got.headers['facet-signature'] as string, got.body)).toBe(
      true,
    );
    // Standard Webhooks, verified by the library partners use.
    expect(
      new Webhook(endpoint.secret).verify(got.body, got.headers as Record<string, string>),
    ).toMatchObject({
      id: `${order.id}:v3`,
    });
    expect(got.headers['webhook-id']).toBe(`${order.id}:v3`);
    const [stored] = await db
      .select({ changeNumber: orders.changeNumber })
      .from(orders)
      .where(eq(orders.id, order.id));
    expect(JSON.parse(got.body).data.order.changeNumber).toBe(stored!.changeNumber);
    // The payload states its API version, in the body and in a header.
    expect(got.headers['facet-version']).toBe(CURRENT_API_VERSION);
    expect(JSON.parse(got.body)).toMatchObject({
      id: `${order.id}:v3`,
      type: 'order.status_changed',
      apiVersion: CURRENT_API_VERSION,
      data: { order: { id: order.id, status: 'CANCELLED', previousStatus: 'PRICE_CALCULATED', version: 3 } },
    });
    expect(await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, deliveries[2]!.id)).toMatchObject(
      { outcome: 'skipped' },
    );
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('logs every attempt, backs off after failures and gives up after the last attempt', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    const ping = await sendTestWebhook(db, partner, endpoint.id);
    receiver.answers.push(500, 503);
    const first = await attemptWebhookDelivery(
      { db, allowList: LOCAL_RECEIVERS, random: () => 0.5 },
      ping.id,
    );
    expect(first).toMatchObject({ outcome: 'retry', attempt: 1, retryInMs: 30_000 });
    const second = await attemptWebhookDelivery(
      { db, allowList: LOCAL_RECEIVERS, random: () => 0.5 },
      ping.id,
    );
    expect(second).toMatchObject({ outcome: 'retry', attempt: 2, retryInMs: 60_000 });
    const pending = await db.query.webhookDeliveries.findFirst({ where: eq(webhookDeliveries.id, ping.id) });
    expect(pending).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: 503 });
    expect(pending!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, ping.id)).toMatchObject({
      outcome: 'delivered',
      attempt: 3,
    });
    const [listed] = await listWebhookDeliveries(db, partner, endpoint.id);
    expect(listed?.attemptLog.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    expect(
      (await listWebhookEndpoints(db, partner, partner.partnerId)).find((e) => e.id === endpoint.id),
    ).toMatchObject({
      consecutiveFailures: 0,
    });

    const doomed = await sendTestWebhook(db, partner, endpoint.id);
    await db
      .update(webhookDeliveries)
      .set({ attempts: WEBHOOK_MAX_ATTEMPTS - 1 })
      .where(eq(webhookDeliveries.id, doomed.id));
    receiver.answers.push(410);
    expect(await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, doomed.id)).toMatchObject({
      outcome: 'failed',
      attempt: WEBHOOK_MAX_ATTEMPTS,
    });
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('reports an unreachable endpoint and a timeout in plain words', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: 'http://127.0.0.1:9/nothing' },
      { allowList: LOCAL_RECEIVERS },
    );
    const ping = await sendTestWebhook(db, partner, endpoint.id);
    const outcome = await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, ping.id);
    expect(outcome).toMatchObject({ outcome: 'retry' });
    // What failed, without the address and port a port scan would learn from.
    expect(outcome.outcome === 'retry' && outcome.error).toBe(
      'Could not reach the endpoint: the connection was refused.',
    );
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('disables an endpoint after sustained failure, with a notice, and stops sending to it', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    await db
      .update(webhookEndpoints)
      .set({ createdAt: sql`now() - interval '3 days'`, consecutiveFailures: 30 })
      .where(eq(webhookEndpoints.id, endpoint.id));
    const ping = await sendTestWebhook(db, partner, endpoint.id);
    const later = await sendTestWebhook(db, partner, endpoint.id);
    receiver.answers.push(500);
    await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, ping.id);
    const [disabled] = await listWebhookEndpoints(db, partner, partner.partnerId).then((all) =>
      all.filter((e) => e.id === endpoint.id),
    );
    expect(disabled).toMatchObject({ enabled: false, consecutiveFailures: 31 });
    expect(disabled!.disabledReason).toMatch(/Disabled automatically .* 31 failed deliveries in a row/);
    expect(await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, later.id)).toMatchObject({
      outcome: 'failed',
    });
    await expect(sendTestWebhook(db, partner, endpoint.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(replayWebhookDelivery(db, seller, ping.id)).rejects.toMatchObject({ code: 'CONFLICT' });

    const enabled = await updateWebhookEndpoint(db, partner, endpoint.id, { enabled: true });
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0, disabledReason: null });
    const replay = await replayWebhookDelivery(db, seller, ping.id);
    expect(replay).toMatchObject({ status: 'pending', attempts: 0, eventId: ping.eventId });
    expect(await attemptWebhookDelivery({ db, allowList: LOCAL_RECEIVERS }, replay.id)).toMatchObject({
      outcome: 'delivered',
    });
    expect(JSON.parse(receiver.received.at(-1)!.body).id).toBe(ping.eventId);
    const original = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, ping.id));
    expect(original).toHaveLength(1);
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('finds overdue pending deliveries to enqueue again', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    const ping = await sendTestWebhook(db, partner, endpoint.id);
    expect(await findOverdueWebhookDeliveries(db, { graceMs: 60_000, limit: 100 })).not.toContain(ping.id);
    await db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: sql`now() - interval '10 minutes'` })
      .where(and(eq(webhookDeliveries.id, ping.id)));
    expect(await findOverdueWebhookDeliveries(db, { graceMs: 60_000, limit: 100 })).toContain(ping.id);
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it("keeps partners apart: another partner's endpoint is not found", async () => {
    const other = (await makePartner(db, 'Other')).partner;
    const otherActor: Actor = { kind: 'partner', partnerId: other.id, name: other.name };
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    await expect(sendTestWebhook(db, otherActor, endpoint.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listWebhookDeliveries(db, otherActor, endpoint.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listWebhookEndpoints(db, otherActor, partner.partnerId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      createWebhookEndpoint(db, partner, partner.partnerId, { url: 'ftp://example.com/x' }),
    ).rejects.toThrow(/http or https/);
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });
});

describe('the outbound guard', () => {
  const refused = [
    ['http://127.0.0.1:3101/health', 'loopback'],
    ['http://localhost:3000/hooks', 'loopback'],
    ['http://[::1]/hooks', 'loopback'],
    ['http://0x7f000001/hooks', 'loopback'],
    ['http://2130706433/hooks', 'loopback'],
    ['http://127.1/hooks', 'loopback'],
    ['http://0177.0.0.1/hooks', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hooks', 'loopback'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[fe80::1]/hooks', 'link-local'],
    ['http://10.1.2.3/hooks', 'private'],
    ['http://172.16.0.1/hooks', 'private'],
    ['http://192.168.1.1/hooks', 'private'],
    ['http://[::ffff:10.0.0.1]/hooks', 'private'],
    ['http://[fd00::1]/hooks', 'unique-local'],
    ['http://[fd00:ec2::254]/hooks', 'unique-local'],
    ['http://100.64.0.1/hooks', 'carrier-grade NAT'],
    ['http://100.100.100.200/hooks', 'carrier-grade NAT'],
    ['http://224.0.0.1/hooks', 'multicast'],
    ['http://[ff02::1]/hooks', 'multicast'],
    ['http://0.0.0.0/hooks', 'unspecified'],
    ['http://[::]/hooks', 'unspecified'],
  ] as const;

  it.each(refused)('refuses %s at registration, naming the rule (%s)', async (url, rule) => {
    const attempt = createWebhookEndpoint(db, partner, partner.partnerId, { url });
    await expect(attempt).rejects.toMatchObject({ code: 'UNPROCESSABLE', details: { field: 'url' } });
    await expect(attempt).rejects.toThrow(rule);
  });

  it('refuses a changed URL the same way, and lets an allowed network through', async () => {
    const endpoint = await createWebhookEndpoint(
      db,
      partner,
      partner.partnerId,
      { url: receiver.url },
      { allowList: LOCAL_RECEIVERS },
    );
    await expect(
      updateWebhookEndpoint(db, partner, endpoint.id, { url: 'http://[::ffff:7f00:1]/x' }),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(
      createWebhookEndpoint(db, partner, partner.partnerId, { url: receiver.url }),
    ).rejects.toThrow('loopback');
    await deleteWebhookEndpoint(db, partner, endpoint.id);
  });

  it('refuses at delivery a host that resolves to loopback after registration, and says so without where', async () => {
    const port = new URL(receiver.url).port;
    // Registered while its name pointed elsewhere; now it resolves to this machine.
    const [endpoint] = await db
      .insert(webhookEndpoints)
      .values({
        partnerId: partner.partnerId,
        url: `http://localhost:${port}/hooks`,
        secret: 'whsec_dGVzdA==',
      })
      .returning();
    const ping = await sendTestWebhook(db, partner, endpoint!.id);
    const before = receiver.received.length;
    // Without 127.0.0.1 on the allow-list (with it, this very delivery goes through: see above).
    const outcome = await attemptWebhookDelivery({ db }, ping.id);
    expect(outcome).toMatchObject({ outcome: 'retry' });
    const error = outcome.outcome === 'retry' ? outcome.error : '';
    expect(error).toMatch(/^Not sent: The endpoint's address is a loopback address/);
    expect(error).not.toMatch(/127\.0\.0\.1|::1|localhost|\d{4,5}/);
    expect(receiver.received.length).toBe(before);

    // An address written in the URL is checked before any connection too.
    await db.update(webhookEndpoints).set({ url: receiver.url }).where(eq(webhookEndpoints.id, endpoint!.id));
    const literal = await attemptWebhookDelivery({ db }, ping.id);
    expect(literal.outcome === 'retry' && literal.error).toMatch(/^Not sent: .*loopback/);
    expect(receiver.received.length).toBe(before);
    await deleteWebhookEndpoint(db, partner, endpoint!.id);
  });
});
