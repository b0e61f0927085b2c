import 'server-only';
import type { SystemProbes } from '@facet/core/admin/get-system-health';
import { createQueue, QUEUES, type QueueKey } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { env } from '@/env';

let redis: Redis | undefined;
let queues: Queue[] | undefined;

/**
 * The web process's read-only view of Redis and the job queues, for the admin health page and the
 * queue dashboard. Producers only: no worker ever runs in the web process. Fails fast when Redis is
 * down, so the health page answers "down" instead of hanging.
 */
export function systemQueues(): Queue[] {
  if (!redis) {
    redis = createRedis(env().REDIS_URL, 'producer');
    redis.on('error', () => {
      // Shown on the health page; ioredis keeps reconnecting.
    });
  }
  queues ??= (Object.keys(QUEUES) as QueueKey[]).map((key) =>
    createQueue(key, { connection: redis!, prefix: env().REDIS_PREFIX }),
  );
  return queues;
}

export function systemProbes(): SystemProbes {
  const list = systemQueues();
  return { redis: redis!, redisPrefix: env().REDIS_PREFIX, queues: list };
}
