import { approveOrders } from '@facet/core/orders/approve-orders';
import type { OrderChangedPayload } from '@facet/core/orders/order-changed';
import { listPool } from '@facet/core/production/list-pool';
import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import type { Actor } from '@facet/core/shared/actor';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makeUser } from '@facet/testing/factories';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type InProcessRealtime, startInProcessRealtime } from './testing/in-process-realtime';
import { createInProcessRelay, type InProcessRelay } from './testing/in-process-relay';

const SECRET = 'a-test-secret-that-is-long-enough-for-next-auth';
const { db } = useTestDb();
const redisUrl = inject('redisUrl');
const redisPrefix = `${inject('redisPrefix')}-resync`;

type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let realtime: InProcessRealtime;
let relay: InProcessRelay;
let seller: Actor;
let operator: Actor;
let operatorCookie: string;
let customerCookie: string;
const sockets: ConsoleSocket[] = [];

beforeAll(async () => {
  realtime = await startInProcessRealtime({ db, redisUrl, redisPrefix, secret: SECRET });
  relay = await createInProcessRelay({ db, redisUrl, redisPrefix });
  const [sellerRow, operatorRow, customerRow] = await Promise.all([
    makeUser(db, { role: 'seller', name: 'Sam Moreau' }),
    makeUser(db, { role: 'operator', name: 'Olga Brandt' }),
    makeUser(db, { role: 'customer', name: 'Chloe Martin' }),
  ]);
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: sellerRow.name };
  operator = { kind: 'user', userId: operatorRow.id, role: 'operator', name: operatorRow.name };
  operatorCookie = await sessionCookieFor(operatorRow, SECRET);
  customerCookie = await sessionCookieFor(customerRow, SECRET);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime?.close();
  await relay?.close();
});

function connect(url: string, cookie: string | null, surface = 'mes'): ConsoleSocket {
  const socket: ConsoleSocket = io(url, {
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    auth: { surface },
    reconnectionDelay: 50,
    reconnectionDelayMax: 200,
  });
  sockets.push(socket);
  return socket;
}

function nextConnect(socket: ConsoleSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

function refusal(socket: ConsoleSocket): Promise<string> {
  return new Promise((resolve) => socket.once('connect_error', (error) => resolve(error.message)));
}

async function pricedOrders(count: number) {
  const alloy = await makeAlloy(db);
  const model = await makeModel(db);
  return Promise.all(
    Array.from({ length: count }, async () => {
      const order = await makeOrder(db, {
        status: 'PRICE_CALCULATED',
        alloyCode: alloy.code,
        totalCents: 180_00,
      });
      await makeOrderItem(db, {
        orderId: order.id,
        modelId: model.id,
        alloyId: alloy.id,
        alloyCode: alloy.code,
      });
      return order;
    }),
  );
}

async function relayAll(): Promise<void> {
  await relay.drain();
}

/** What the console does on every connect: one query for the pool. */
async function reloadPoolIds(): Promise<string[]> {
  const page = await listPool(db, operator, { limit: 100 });
  return page.items.map((card) => card.id);
}

describe('realtime console', () => {
  it('refuses anonymous sockets and roles that may not open the console', async () => {
    expect(await refusal(connect(realtime.url, null))).toBe('unauthorized');
    const customer = connect(realtime.url, customerCookie, 'mes');
    expect(await refusal(customer)).toBe('forbidden');
    customer.disconnect();
    const tampered = connect(realtime.url, `${operatorCookie.slice(0, -4)}AAAA`);
    expect(await refusal(tampered)).toBe('unauthorized');
    tampered.disconnect();
  });

  it('pushes approvals relayed from the outbox to connected consoles', async () => {
    const socket = connect(realtime.url, operatorCookie);
    await nextConnect(socket);
    const [order] = await pricedOrders(1);
    const received = new Promise<OrderChangedPayload>((resolve) => socket.once('order:changed', resolve));
    await approveOrders(db, seller, { orderIds: [order!.id] });
    await relayAll();
    expect(await received).toMatchObject({
      orderId: order!.id,
      status: 'MANUFACTURING_APPROVED',
      version: order!.version + 1,
    });
    socket.disconnect();
  });

  it('shows every order approved while the console was disconnected, once it reconnects', async () => {
    const socket = connect(realtime.url, operatorCookie);
    await nextConnect(socket);
    const pushed: string[] = [];
    socket.on('order:changed', (event) => pushed.push(event.orderId));

    socket.disconnect();
    const missed = await pricedOrders(5);
    const result = await approveOrders(db, seller, { orderIds: missed.map((order) => order.id) });
    expect(result.approved).toHaveLength(5);
    await relayAll();

    const reconnected = nextConnect(socket);
    socket.connect();
    await reconnected;
    const pool = await reloadPoolIds();
    for (const order of missed) expect(pool).toContain(order.id);
    // The pushes were sent while it was away and are gone: the reload is what shows them.
    expect(pushed).toEqual([]);
  });

  it('shows orders approved while the realtime server was down, after it restarts', async () => {
    const socket = connect(realtime.url, operatorCookie);
    await nextConnect(socket);
    await realtime.close();

    const missed = await pricedOrders(3);
    await approveOrders(db, seller, { orderIds: missed.map((order) => order.id) });
    await relayAll();

    // The client keeps trying; a new instance on the same port takes it back.
    const reconnected = nextConnectIgnoringErrors(socket);
    realtime = await startInProcessRealtime({
      db,
      redisUrl,
      redisPrefix,
      secret: SECRET,
      port: realtime.port,
    });
    await reconnected;
    const pool = await reloadPoolIds();
    for (const order of missed) expect(pool).toContain(order.id);

    // And pushes flow again on the new instance.
    const [later] = await pricedOrders(1);
    const received = new Promise<OrderChangedPayload>((resolve) => socket.once('order:changed', resolve));
    await approveOrders(db, seller, { orderIds: [later!.id] });
    await relayAll();
    expect((await received).orderId).toBe(later!.id);
  });
});

function nextConnectIgnoringErrors(socket: ConsoleSocket): Promise<void> {
  return new Promise((resolve) => socket.once('connect', () => resolve()));
}
