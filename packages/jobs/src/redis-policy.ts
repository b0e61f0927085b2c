import type { Redis } from 'ioredis';

/** Policies under which Redis never drops keys by itself when memory is full. */
const SAFE_POLICIES = new Set(['noeviction']);

/**
 * Refuses a Redis that would evict keys under memory pressure: an evicted key can be a queued job.
 * (Postgres still holds every order, but nobody should run a queue on an evicting cache.)
 */
export async function assertRedisKeepsQueues(redis: Redis): Promise<void> {
  const info = await redis.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy && !SAFE_POLICIES.has(policy)) {
    throw new Error(
      `Redis runs with maxmemory-policy "${policy}", which evicts keys — queued jobs among them. Set "maxmemory-policy noeviction" (and "appendonly yes") on this Redis.`,
    );
  }
}
