import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';
import { createTemplateDatabase } from './databases';
import './provided-context';

const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One migrated template database and one Redis key prefix per run; both removed afterwards. */
export default async function setup(project: TestProject) {
  const template = await createTemplateDatabase();
  const redisPrefix = `facet-test-${randomBytes(4).toString('hex')}`;
  project.provide('templateDatabase', template.name);
  project.provide('redisUrl', REDIS_URL);
  project.provide('redisPrefix', redisPrefix);

  return async () => {
    await template.drop();
    const redis = new Redis(REDIS_URL, { lazyConnect: true });
    await redis.connect();
    const keys = await redis.keys(`${redisPrefix}*`);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
    await redis.quit();
  };
}
