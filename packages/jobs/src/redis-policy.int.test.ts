import { startRedisServer, type TestRedisServer } from '@facet/testing/redis-server';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assertRedisKeepsQueues } from './redis-policy';

describe('Redis eviction policy check', () => {
  let evicting: TestRedisServer;
  beforeAll(async () => {
    evicting = await startRedisServer(['--maxmemory-policy', 'allkeys-lru']);
  });
  afterAll(() => evicting.stop());

  it('refuses a Redis that would evict queued jobs, naming the setting to change', async () => {
    const client = new Redis(evicting.url);
    await expect(assertRedisKeepsQueues(client)).rejects.toThrow(
      /maxmemory-policy "allkeys-lru".*noeviction/,
    );
    client.disconnect();
  });

  it('accepts a Redis with noeviction', async () => {
    const client = new Redis(inject('redisUrl'));
    await expect(assertRedisKeepsQueues(client)).resolves.toBeUndefined();
    client.disconnect();
  });
});
