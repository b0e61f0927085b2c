import { DelayedError, type Job, type Processor } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * The partner channel's lanes (README: Isolation). Partner work runs on queues of its own, so the shop
 * never waits behind it; within them two rules keep one partner from starving the others:
 *
 * - **fair order**: a job's BullMQ priority is how many jobs its partner sent to that queue within the
 *   last window (1 for the first), so a partner's 200th model waits behind another partner's first;
 * - **a cap per partner**: at most `cap` jobs of one partner run at once in the whole cluster (a Redis
 *   semaphore of leases); a job taken past the cap goes back, delayed, without using an attempt.
 */

/** BullMQ's largest priority (2^21 - 1); larger numbers wait longer. */
export const LOWEST_PRIORITY = 2_097_151;

export interface PartnerLaneSettings {
  redis: Redis;
  /** The queues' key prefix (REDIS_PREFIX). */
  prefix: string;
}

/**
 * The priority of a partner's next job on `queueName`: 1 + the jobs it sent there within `windowMs`.
 * The count restarts once the partner has been quiet for a window, so it never drifts.
 */
export async function fairPriority(
  settings: PartnerLaneSettings,
  queueName: string,
  partnerId: string,
  windowMs = 10 * 60_000,
): Promise<number> {
  const key = `${settings.prefix}:partner-lanes:sent:${queueName}:${partnerId}`;
  const [[, sent]] = (await settings.redis.multi().incr(key).pexpire(key, windowMs).exec()) as [
    [Error | null, number],
  ];
  return Math.min(LOWEST_PRIORITY, Math.max(1, sent));
}

// Leases are a sorted set per partner and queue: member = the job holding a slot, score = when its
// lease ends. Expired leases (a worker that died) free their slot by themselves.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZSCORE', KEYS[1], ARGV[2]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0`;

export interface PartnerCapOptions extends PartnerLaneSettings {
  queueName: string;
  /** Jobs of one partner running at once on this queue, across every worker. */
  cap: number;
  /** A slot's lease, renewed while its job runs (a dead worker's slot frees after it). */
  leaseMs?: number;
  /** The first delay of a job taken past the cap; it doubles with each deferral, up to 16×. */
  deferMs?: number;
}

function slotKey(options: PartnerCapOptions, partnerId: string): string {
  return `${options.prefix}:partner-lanes:running:${options.queueName}:${partnerId}`;
}

/** Takes one of the partner's slots for `holder`; false when the partner already runs `cap` jobs. */
export async function acquirePartnerSlot(
  options: PartnerCapOptions,
  partnerId: string,
  holder: string,
): Promise<boolean> {
  const leaseMs = options.leaseMs ?? 30_000;
  const now = Date.now();
  const taken = await options.redis.eval(
    ACQUIRE,
    1,
    slotKey(options, partnerId),
    String(now),
    holder,
    String(options.cap),
    String(now + leaseMs),
    String(leaseMs * 2),
  );
  return taken === 1;
}

export async function releasePartnerSlot(
  options: PartnerCapOptions,
  partnerId: string,
  holder: string,
): Promise<void> {
  await options.redis.zrem(slotKey(options, partnerId), holder);
}

/**
 * Wraps a partner queue's processor with the per-partner cap: the job runs only while it holds one of
 * its partner's slots; past the cap it is moved back to the delayed set (BullMQ's DelayedError, which
 * does not count as an attempt) and taken again later, by then behind other partners' jobs.
 */
export function withPartnerCap(options: PartnerCapOptions, processor: Processor): Processor {
  const leaseMs = options.leaseMs ?? 30_000;
  const deferMs = options.deferMs ?? 250;
  return async (job: Job, token?: string) => {
    const partnerId = (job.data as { partnerId?: unknown }).partnerId;
    if (typeof partnerId !== 'string') return processor(job, token);
    const holder = `${job.id}`;
    if (!(await acquirePartnerSlot(options, partnerId, holder))) {
      const deferrals = Number((job.data as { deferrals?: unknown }).deferrals ?? 0);
      await job.updateData({ ...job.data, deferrals: deferrals + 1 });
      const delay = deferMs * 2 ** Math.min(4, deferrals);
      await job.moveToDelayed(Date.now() + delay + Math.floor(Math.random() * deferMs), token);
      throw new DelayedError();
    }
    const renew = setInterval(() => {
      acquirePartnerSlot(options, partnerId, holder).catch(() => {});
    }, leaseMs / 3);
    try {
      return await processor(job, token);
    } finally {
      clearInterval(renew);
      await releasePartnerSlot(options, partnerId, holder).catch(() => {});
    }
  };
}
