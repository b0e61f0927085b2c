import { Redis } from 'ioredis';
import { afterAll, expect, inject, it } from 'vitest';
import {
  restoreMaintenanceSchedules,
  scheduleMaintenance,
  schedulerIdOf,
  unscheduleMaintenance,
} from './maintenance-schedules';
import { createQueue } from './queues';

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
const queue = createQueue('maintenance', { connection: redis, prefix: `${inject('redisPrefix')}-schedules` });
afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  redis.disconnect();
});

const SCHEDULES = [
  { task: 'sla-watchdog', everyMs: 60_000 },
  { task: 'canary', everyMs: 300_000 },
] as const;

it('registers one scheduler per task however often workers register them, and puts back the ones Redis lost', async () => {
  await Promise.all([scheduleMaintenance(queue, [...SCHEDULES]), scheduleMaintenance(queue, [...SCHEDULES])]);
  await scheduleMaintenance(queue, [...SCHEDULES]);
  const schedulers = await queue.getJobSchedulers();
  expect(schedulers.map((scheduler) => [scheduler.key, scheduler.every]).sort()).toEqual([
    ['maintenance-canary', 300_000],
    ['maintenance-sla-watchdog', 60_000],
  ]);
  // One pending tick each.
  expect(await queue.getJobCountByTypes('delayed', 'waiting')).toBe(2);

  expect(await restoreMaintenanceSchedules(queue, [...SCHEDULES])).toEqual([]);
  await queue.removeJobScheduler(schedulerIdOf('sla-watchdog'));
  expect(await restoreMaintenanceSchedules(queue, [...SCHEDULES])).toEqual(['sla-watchdog']);
  expect(await queue.getJobScheduler(schedulerIdOf('sla-watchdog'))).toMatchObject({ every: 60_000 });

  await unscheduleMaintenance(queue, ['canary']);
  expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([
    'maintenance-sla-watchdog',
  ]);
});
