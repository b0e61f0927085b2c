import type { Queue } from 'bullmq';
import { type JobPayload, QUEUES } from './queues';

export type MaintenanceTask = JobPayload<'maintenance'>['task'];

export interface MaintenanceSchedule {
  task: MaintenanceTask;
  everyMs: number;
}

/**
 * Maintenance ticks do not retry: the next tick is the retry. Few are kept, as they come every minute
 * or so; failures stay visible longer on the queue dashboard.
 */
const TICK_OPTIONS = {
  attempts: 1,
  removeOnComplete: { count: 100 },
  removeOnFail: { age: 7 * 24 * 3600, count: 1_000 },
};

export function schedulerIdOf(task: MaintenanceTask): string {
  return QUEUES.maintenance.jobId({ task });
}

/**
 * One BullMQ job scheduler per task on the maintenance queue: each tick is one job, run by exactly
 * one worker however many worker processes there are. Upserting is idempotent (the same id, the same
 * interval: no second scheduler, no extra tick), so every worker registers them at start.
 */
export async function scheduleMaintenance(queue: Queue, schedules: MaintenanceSchedule[]): Promise<void> {
  for (const { task, everyMs } of schedules) {
    await queue.upsertJobScheduler(
      schedulerIdOf(task),
      { every: everyMs },
      { name: task, data: { task }, opts: TICK_OPTIONS },
    );
  }
}

/**
 * Registers again the schedulers Redis has lost (a restart without persistence empties it): without
 * them the watchdog and the canary would stop until the next deploy. Returns the tasks put back.
 */
export async function restoreMaintenanceSchedules(
  queue: Queue,
  schedules: MaintenanceSchedule[],
): Promise<MaintenanceTask[]> {
  const missing: MaintenanceSchedule[] = [];
  for (const schedule of schedules) {
    if (!(await queue.getJobScheduler(schedulerIdOf(schedule.task)))) missing.push(schedule);
  }
  await scheduleMaintenance(queue, missing);
  return missing.map((schedule) => schedule.task);
}

/** Removes the schedulers of tasks switched off (say the canary, with CANARY_ENABLED=false). */
export async function unscheduleMaintenance(queue: Queue, tasks: MaintenanceTask[]): Promise<void> {
  for (const task of tasks) await queue.removeJobScheduler(schedulerIdOf(task));
}
