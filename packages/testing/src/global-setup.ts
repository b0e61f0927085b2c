import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { createTestDatabase } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    /** Key prefix for this run's queues, so runs never see each other's jobs. */
    redisPrefix: string;
  }
}

const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One fresh database and one Redis key prefix per test run; both removed afterwards. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('int');
  const redisPrefix = `facet-test-${randomBytes(4).toString('hex')}`;
  project.provide('databaseUrl', database.url);
  project.provide('redisUrl', REDIS_URL);
  project.provide('redisPrefix', redisPrefix);

  return async () => {
    await database.drop();
    const redis = new Redis(REDIS_URL, { lazyConnect: true });
    await redis.connect();
    const keys = await redis.keys(`${redisPrefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    await redis.quit();
  };
}
