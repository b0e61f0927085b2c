/**
 * The operators' consoles of `pnpm bench console`, in a thread of their own: in the workshop they are
 * browsers on other machines, so their sockets should not share the realtime server's event loop.
 * Connects one socket per cookie, says when all are connected, then reports every `order:changed`
 * with the wall-clock time (`performance.timeOrigin + performance.now()`) it arrived.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { io, type Socket } from 'socket.io-client';

export interface ConsolesData {
  url: string;
  cookies: string[];
}

export type ConsolesMessage = { kind: 'connected' } | { kind: 'changed'; orderId: string; at: number };

const { url, cookies } = workerData as ConsolesData;
const port = parentPort!;
const sockets: Array<Socket<ServerToClientEvents, ClientToServerEvents>> = [];

await Promise.all(
  cookies.map(async (cookie) => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      auth: { surface: 'mes' },
    });
    sockets.push(socket);
    socket.on('order:changed', (event) => {
      const message: ConsolesMessage = {
        kind: 'changed',
        orderId: event.orderId,
        at: performance.timeOrigin + performance.now(),
      };
      port.postMessage(message);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
  }),
);
port.postMessage({ kind: 'connected' } satisfies ConsolesMessage);
port.on('message', (message: 'close') => {
  if (message !== 'close') return;
  for (const socket of sockets) socket.disconnect();
  port.close();
});
