import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { createLogger } from '@facet/telemetry/logger';
import { useTestDb } from '@facet/testing/db';
import { makeUser } from '@facet/testing/factories';
import { captureLogs } from '@facet/testing/log-capture';
import { metricValue } from '@facet/testing/metrics';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type InProcessRealtime, startInProcessRealtime } from './testing/in-process-realtime';

const SECRET = 'a-test-secret-that-is-long-enough-for-next-auth';
const TOKEN = 'a-metrics-token-for-the-tests';
const { db } = useTestDb();
const logs = captureLogs();
let realtime: InProcessRealtime;
let open: InProcessRealtime;
const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];

beforeAll(async () => {
  const common = {
    db,
    redisUrl: inject('redisUrl'),
    redisPrefix: `${inject('redisPrefix')}-rt-metrics`,
    secret: SECRET,
  };
  realtime = await startInProcessRealtime({
    ...common,
    logger: createLogger('realtime', 'info', logs.stream),
    metricsToken: TOKEN,
  });
  open = await startInProcessRealtime(common);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime?.close();
  await open?.close();
});

async function connect(cookie: string, surface: string) {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(realtime.url, {
    transports: ['websocket'],
    extraHeaders: { cookie },
    auth: { surface },
    reconnection: false,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

async function scrape(server: InProcessRealtime, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/metrics`, { headers });
  return { status: response.status, text: await response.text() };
}

const connections = async (role: string) =>
  metricValue(
    (await scrape(realtime, { authorization: `Bearer ${TOKEN}` })).text,
    'facet_realtime_connections',
    {
      role,
    },
  );

describe('the realtime server’s /metrics and logs', () => {
  it('counts connected sockets by role and logs each connection and disconnection', async () => {
    const [operator, customer] = await Promise.all([
      makeUser(db, { role: 'operator' }),
      makeUser(db, { role: 'customer' }),
    ]);
    expect(await connections('operator')).toBe(0);

    const operatorSocket = await connect(await sessionCookieFor(operator, SECRET), 'mes');
    await connect(await sessionCookieFor(customer, SECRET), 'shop');
    expect(await connections('operator')).toBe(1);
    expect(await connections('customer')).toBe(1);
    expect(await connections('admin')).toBe(0);
    expect(logs.find('socket connected', { userId: operator.id })).toEqual([
      expect.objectContaining({
        level: 'info',
        app: 'realtime',
        role: 'operator',
        socketId: operatorSocket.id,
      }),
    ]);

    operatorSocket.disconnect();
    await expect.poll(() => connections('operator')).toBe(0);
    await expect.poll(() => logs.find('socket disconnected', { userId: operator.id }).length).toBe(1);
    expect(logs.find('socket disconnected', { userId: operator.id })[0]).toMatchObject({
      reason: 'client namespace disconnect',
      connections: 1,
    });
  });

  it('serves /metrics only with the token; without one configured, not at all', async () => {
    expect((await scrape(realtime)).status).toBe(401);
    expect((await scrape(realtime, { authorization: 'Bearer not-the-token' })).status).toBe(401);
    const allowed = await scrape(realtime, { authorization: `Bearer ${TOKEN}` });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('# TYPE facet_realtime_connections gauge');
    expect((await scrape(open)).status).toBe(404);
    expect((await fetch(`${open.url}/health`)).status).toBe(200);
  });
});

describe('the handshake’s Origin', () => {
  async function outcome(origin: string, transport: 'websocket' | 'polling') {
    const user = await makeUser(db, { role: 'operator' });
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(realtime.url, {
      transports: [transport],
      extraHeaders: { cookie: await sessionCookieFor(user, SECRET), origin },
      auth: { surface: 'mes' },
      reconnection: false,
    });
    sockets.push(socket);
    return new Promise<string>((resolve) => {
      socket.once('connect', () => resolve('connected'));
      socket.once('connect_error', () => resolve('refused'));
    });
  }

  it.each(['websocket', 'polling'] as const)('refuses a foreign Origin over %s', async (transport) => {
    expect(await outcome('https://evil.example', transport)).toBe('refused');
    expect(
      logs.find('socket refused: foreign origin', { origin: 'https://evil.example' }).length,
    ).toBeGreaterThan(0);
  });

  it('lets the web app’s own origin in', async () => {
    expect(await outcome('http://localhost', 'websocket')).toBe('connected');
  });
});
