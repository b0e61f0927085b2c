import type { ServerToClientEvents } from '@facet/core/realtime/events';
import type { Db } from '@facet/db/client';
import { relayOutboxOnce, startOutboxRelay } from '@facet/jobs/outbox-relay';
import { createOutboxPublisher } from '@facet/jobs/publish-outbox';
import { createQueue, QUEUES, type QueueKey } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import { Emitter } from '@socket.io/redis-emitter';

type PublisherQueues = Parameters<typeof createOutboxPublisher>[0]['queues'];

export interface InProcessRelay {
  /** Publishes everything in the outbox now. */
  drain: () => Promise<void>;
  /** Relays the outbox until closed, as the worker does (woken on commit, polling as the fallback). */
  start: (options?: { intervalMs?: number; listeningIntervalMs?: number; wakeOnCommit?: boolean }) => void;
  close: () => Promise<void>;
}

/**
 * The worker's outbox relay and its publisher (queues and the Socket.io Redis emitter), inside the
 * calling process: for integration tests and benchmarks.
 */
export async function createInProcessRelay(options: {
  db: Db;
  redisUrl: string;
  redisPrefix: string;
}): Promise<InProcessRelay> {
  const emitterRedis = createRedis(options.redisUrl, 'producer');
  const queueRedis = createRedis(options.redisUrl, 'producer');
  const settings = { connection: queueRedis, prefix: options.redisPrefix };
  const queues = Object.fromEntries(
    (Object.keys(QUEUES) as QueueKey[]).map((key) => [key, createQueue(key, settings)]),
  ) as PublisherQueues;
  // The publisher refuses to emit until its connection is ready (producers have no offline queue).
  if (emitterRedis.status !== 'ready') await new Promise((resolve) => emitterRedis.once('ready', resolve));
  const publish = createOutboxPublisher({
    queues,
    emitter: new Emitter<ServerToClientEvents>(emitterRedis, { key: `${options.redisPrefix}:socket.io` }),
    emitterRedis,
    lanes: { redis: queueRedis, prefix: options.redisPrefix },
  });
  let running: { stop: () => Promise<void> } | undefined;
  return {
    drain: async () => {
      while ((await relayOutboxOnce(options.db, publish)).published > 0) {}
    },
    start: (startOptions) => {
      running ??= startOutboxRelay(options.db, publish, startOptions);
    },
    close: async () => {
      await running?.stop();
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      emitterRedis.disconnect();
      queueRedis.disconnect();
    },
  };
}
