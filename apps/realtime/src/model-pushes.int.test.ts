import { MODEL_ANALYSED_TOPIC, recordModelEvent } from '@facet/core/models/model-events';
import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { useTestDb } from '@facet/testing/db';
import { makeModel, makeUser } from '@facet/testing/factories';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type InProcessRealtime, startInProcessRealtime } from './testing/in-process-realtime';
import { createInProcessRelay, type InProcessRelay } from './testing/in-process-relay';

const SECRET = 'a-test-secret-that-is-long-enough-for-next-auth';
const { db } = useTestDb();
const redisUrl = inject('redisUrl');
const redisPrefix = `${inject('redisPrefix')}-model-pushes`;

type PageSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Analysed = Parameters<ServerToClientEvents['model:analysed']>[0];

let realtime: InProcessRealtime;
let relay: InProcessRelay;
const sockets: PageSocket[] = [];

beforeAll(async () => {
  realtime = await startInProcessRealtime({ db, redisUrl, redisPrefix, secret: SECRET });
  relay = await createInProcessRelay({ db, redisUrl, redisPrefix });
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await realtime?.close();
  await relay?.close();
});

/** A signed-in upload page's connection, and every `model:analysed` it hears. */
async function uploadPageOf() {
  const user = await makeUser(db, { role: 'customer' });
  const socket: PageSocket = io(realtime.url, {
    transports: ['websocket'],
    extraHeaders: { cookie: await sessionCookieFor(user, SECRET) },
    auth: { surface: 'orders' },
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const heard: Analysed[] = [];
  socket.on('model:analysed', (event) => heard.push(event));
  return { user, heard };
}

/** The worker's record of an analysed model, relayed from the outbox as the worker relays it. */
async function analyse(ownerUserId: string) {
  const model = await makeModel(db, { ownerUserId, status: 'ANALYSED' });
  await db.transaction((tx) => recordModelEvent(tx, MODEL_ANALYSED_TOPIC, model));
  await relay.drain();
  return model;
}

async function until(check: () => boolean) {
  for (let waited = 0; !check() && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the upload page', () => {
  it('hears that its model is analysed, and no other shopper does', async () => {
    const shopper = await uploadPageOf();
    const stranger = await uploadPageOf();

    const model = await analyse(shopper.user.id);
    await until(() => shopper.heard.length > 0);
    // A push to the stranger would have travelled the same way, in the same time.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(shopper.heard).toEqual([{ modelId: model.id, status: 'ANALYSED' }]);
    expect(stranger.heard).toEqual([]);
  });
});
