import 'server-only';
import { Redis } from 'ioredis';
import { env } from '@/env';

let redis: Redis | undefined;

/**
 * The rate limiter's Redis connection (module-level, per server process). It fails fast: no offline
 * queue and one try per command, so a Redis outage (the connection drops) answers 503 at once instead
 * of hanging requests. The command timeout is only for a Redis that stops answering; it is 3 s, not
 * less, because a busy server's event loop can itself lag a second behind a reply that came in time.
 */
export function getRateLimitRedis(): Redis {
  if (!redis) {
    redis = new Redis(env().REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 3_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    redis.on('error', () => {
      // Reported per request as 503; ioredis keeps reconnecting.
    });
  }
  return redis;
}

/** Waits briefly for the first connection, so the first request after start-up is not refused. */
export async function whenRateLimitRedisReady(redis: Redis, timeoutMs = 1_000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  if (redis.status === 'end') return false;
  return new Promise<boolean>((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.once('ready', onReady);
  });
}
