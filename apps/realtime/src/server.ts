import type { Server as HttpServer } from 'node:http';
import { canOpenSurface, SURFACE_ROLES, type Surface } from '@facet/auth/roles';
import type { SessionUser } from '@facet/auth/session-user';
import { actorForUser } from '@facet/auth/session-user';
import { canWatchOrder } from '@facet/core/realtime/can-watch-order';
import {
  type ClientToServerEvents,
  ROOMS,
  roomsOnConnect,
  type ServerToClientEvents,
  type SocketData,
} from '@facet/core/realtime/events';
import type { Db } from '@facet/db/client';
import { ROLES } from '@facet/db/enums';
import type { Logger } from '@facet/telemetry/logger';
import { gaugeIn, METRIC_PREFIX, type Registry } from '@facet/telemetry/metrics';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { isAllowedOrigin } from './origin';

export interface RealtimeDeps {
  db: Db;
  pubClient: Redis;
  subClient: Redis;
  /** Key prefix of the Redis adapter; the worker's emitter uses the same one. */
  adapterKey: string;
  allowedOrigins: string[];
  authenticate: (cookieHeader: string | undefined) => Promise<SessionUser | null>;
  logger: Logger;
  /** Where `facet_realtime_connections{role}` goes (this instance's sockets, counted at scrape time). */
  metrics?: Registry;
}

function requestedSurface(auth: Record<string, unknown> | undefined): Surface | 'unknown' | null {
  const surface = auth?.surface;
  if (surface === undefined || surface === null) return null;
  return typeof surface === 'string' && Object.hasOwn(SURFACE_ROLES, surface)
    ? (surface as Surface)
    : 'unknown';
}

export function createRealtimeServer(http: HttpServer, deps: RealtimeDeps) {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(http, {
    cors: { origin: deps.allowedOrigins, credentials: true },
    // CORS binds polling only; this refuses a foreign Origin on every handshake, WebSocket upgrades too.
    allowRequest: (request, callback) => {
      const allowed = isAllowedOrigin(request.headers.origin, deps.allowedOrigins);
      if (!allowed) deps.logger.warn({ origin: request.headers.origin }, 'socket refused: foreign origin');
      callback(allowed ? null : 'origin not allowed', allowed);
    },
    adapter: createAdapter(deps.pubClient, deps.subClient, { key: deps.adapterKey }),
  });

  askClientsToResyncAfterRedisReturns(io, deps);

  const sockets = io.of('/').sockets;
  if (deps.metrics) {
    gaugeIn(deps.metrics, {
      name: `${METRIC_PREFIX}realtime_connections`,
      help: 'Sockets connected to this realtime instance, by role.',
      labelNames: ['role'],
      collect() {
        for (const role of ROLES) this.set({ role }, 0);
        for (const socket of sockets.values()) this.inc({ role: socket.data.role });
      },
    });
  }

  io.use(async (socket, next) => {
    const user = await deps.authenticate(socket.handshake.headers.cookie);
    if (!user) {
      deps.logger.debug({ socketId: socket.id }, 'socket refused: no valid session');
      next(new Error('unauthorized'));
      return;
    }
    // A console says which surface it is (`auth: { surface: 'mes' }`); a role that may not open it is refused.
    const surface = requestedSurface(socket.handshake.auth);
    if (surface === 'unknown' || (surface && !canOpenSurface(user.role, surface))) {
      deps.logger.debug(
        { socketId: socket.id, userId: user.id, role: user.role, surface },
        'socket refused: surface not allowed',
      );
      next(new Error('forbidden'));
      return;
    }
    socket.data = { userId: user.id, role: user.role, name: user.name };
    next();
  });

  io.on('connection', (socket) => {
    const user: SessionUser = {
      id: socket.data.userId,
      role: socket.data.role,
      name: socket.data.name,
      email: '',
    };
    void socket.join(roomsOnConnect(socket.data));
    const fields = { userId: user.id, role: user.role, socketId: socket.id };
    deps.logger.info({ ...fields, connections: sockets.size }, 'socket connected');
    socket.on('disconnect', (reason) =>
      deps.logger.info({ ...fields, reason, connections: sockets.size }, 'socket disconnected'),
    );

    socket.on('order:watch', async (orderId, ack) => {
      // A failed look-up is answered as no such order, as a refused one is.
      const allowed = await canWatchOrder(deps, actorForUser(user), orderId).catch(() => false);
      if (!allowed) {
        ack({ ok: false, error: 'not found' });
        return;
      }
      await socket.join(ROOMS.order(orderId));
      ack({ ok: true });
    });
    socket.on('order:unwatch', (orderId) => void socket.leave(ROOMS.order(orderId)));
  });

  return io;
}

/**
 * Pushes published while this server's Redis subscription was down never reach it. Once the
 * subscription is back (ioredis subscribes again right after `ready`; a PING answered after that
 * means it is done), every client connected here is told to read its state again.
 */
function askClientsToResyncAfterRedisReturns(
  io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>,
  deps: Pick<RealtimeDeps, 'subClient' | 'logger'>,
) {
  let lost = false;
  deps.subClient.on('close', () => {
    lost = true;
  });
  deps.subClient.on('ready', () => {
    if (!lost) return;
    lost = false;
    setImmediate(() => {
      deps.subClient
        .ping()
        .then(() => {
          deps.logger.info({ sockets: io.of('/').sockets.size }, 'redis subscription back: clients resync');
          io.local.emit('resync');
        })
        .catch((error: unknown) => deps.logger.warn({ err: String(error) }, 'resync after redis failed'));
    });
  });
}
