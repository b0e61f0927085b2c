import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getCanaryStatus, ZCanaryStatus } from '../canary/get-canary-status';
import type { Actor } from '../shared/actor';
import { countSlaBreachesByStatus } from '../sla/count-sla-breaches-by-status';
import { measureOutbox } from '../system/measure-outbox';
import { measureQueue, type QueueProbe } from '../system/measure-queue';
import { assertAdmin } from './assert-admin';
import {
  canaryLevel,
  databaseLevel,
  HEARTBEAT_KINDS,
  type HealthLevel,
  heartbeatLevel,
  outboxLevel,
  queueLevel,
  slaLevel,
  worstLevel,
} from './health-levels';

/** What health needs of Redis (an ioredis client fits). */
export interface RedisProbe {
  ping(): Promise<string>;
  scan(
    cursor: string,
    matchToken: 'MATCH',
    pattern: string,
    countToken: 'COUNT',
    count: number,
  ): Promise<[cursor: string, elements: string[]]>;
  mget(...keys: string[]): Promise<Array<string | null>>;
}

export interface SystemProbes {
  redis: RedisProbe;
  redisPrefix: string;
  queues: QueueProbe[];
}

const ZLevel = z.enum(['ok', 'warn', 'down']);

export const ZSystemHealth = z.object({
  checkedAt: z.date(),
  overall: ZLevel,
  postgres: z.object({ level: ZLevel, latencyMs: z.number().nullable(), error: z.string().nullable() }),
  redis: z.object({ level: ZLevel, latencyMs: z.number().nullable(), error: z.string().nullable() }),
  queues: z.array(
    z.object({
      name: z.string(),
      level: ZLevel,
      waiting: z.number().int(),
      active: z.number().int(),
      delayed: z.number().int(),
      failed: z.number().int(),
      oldestWaitingAgeS: z.number().nullable(),
    }),
  ),
  /** The last canary's verdict; null while Postgres does not answer. */
  canary: ZCanaryStatus.extend({ level: ZLevel }).nullable(),
  /** Orders the SLA watchdog flagged that are still where they were flagged; null while Postgres does not answer. */
  slaBreaches: z
    .object({
      level: ZLevel,
      total: z.number().int(),
      byStatus: z.array(z.object({ status: z.enum(ORDER_STATUSES), count: z.number().int() })),
    })
    .nullable(),
  outbox: z.object({ level: ZLevel, unpublished: z.number().int(), oldestAgeS: z.number().nullable() }),
  heartbeats: z.array(
    z.object({
      kind: z.enum(HEARTBEAT_KINDS),
      level: ZLevel,
      instances: z.array(z.object({ host: z.string(), pid: z.number().int(), ageS: z.number() })),
    }),
  ),
});
export type TSystemHealth = z.infer<typeof ZSystemHealth>;

const ZHeartbeat = z.object({
  kind: z.enum(HEARTBEAT_KINDS),
  host: z.string(),
  pid: z.number().int(),
  at: z.number(),
});

/**
 * Postgres, Redis, the queues, the outbox, the processes' heartbeats and the canary, each with its
 * level; and the orders past their time limit. The canary counts in the overall level once it has a
 * verdict; stuck orders do not (they are the sellers' to act on, not a fault of the system).
 */
export async function getSystemHealth(db: Db, actor: Actor, probes: SystemProbes): Promise<TSystemHealth> {
  assertAdmin(actor);
  const [postgres, redis] = await Promise.all([
    timed(() => db.execute(sql`select 1`)),
    timed(() => probes.redis.ping()),
  ]);
  const redisUp = redis.latencyMs !== null;
  const postgresUp = postgres.latencyMs !== null;
  const [queues, outboxLag, heartbeats, canary, slaBreaches] = await Promise.all([
    redisUp ? Promise.all(probes.queues.map(measureQueueHealth)) : Promise.resolve([]),
    postgresUp ? measureOutbox(db) : Promise.resolve(null),
    redisUp ? readHeartbeats(probes) : Promise.resolve([]),
    postgresUp ? getCanaryStatus(db) : Promise.resolve(null),
    postgresUp ? countSlaBreachesByStatus(db) : Promise.resolve(null),
  ]);
  const slaTotal = slaBreaches?.reduce((sum, entry) => sum + entry.count, 0) ?? 0;
  const result: TSystemHealth = {
    checkedAt: new Date(),
    overall: 'ok',
    postgres: { level: databaseLevel(postgres.latencyMs), ...postgres },
    redis: { level: redisUp ? 'ok' : 'down', ...redis },
    queues,
    outbox: outboxLag
      ? { level: outboxLevel(outboxLag.oldestAgeS), ...outboxLag }
      : { level: 'down', unpublished: 0, oldestAgeS: null },
    heartbeats: HEARTBEAT_KINDS.map((kind) => {
      const instances = heartbeats
        .filter((beat) => beat.kind === kind)
        .map(({ host, pid, at }) => ({ host, pid, ageS: Math.max(0, (Date.now() - at) / 1000) }));
      return { kind, level: heartbeatLevel(instances.map((instance) => instance.ageS)), instances };
    }),
    canary: canary ? { ...canary, level: canaryLevel(canary.state) } : null,
    slaBreaches: slaBreaches ? { level: slaLevel(slaTotal), total: slaTotal, byStatus: slaBreaches } : null,
  };
  const levels: HealthLevel[] = [
    result.postgres.level,
    result.redis.level,
    result.outbox.level,
    ...result.queues.map((queue) => queue.level),
    ...result.heartbeats.map((beat) => beat.level),
    ...(result.canary && result.canary.state !== 'never' && result.canary.state !== 'pending'
      ? [result.canary.level]
      : []),
  ];
  result.overall = worstLevel(levels);
  return result;
}

async function timed(
  probe: () => Promise<unknown>,
): Promise<{ latencyMs: number | null; error: string | null }> {
  const started = performance.now();
  try {
    await withTimeout(probe(), 2_000);
    return { latencyMs: Math.round((performance.now() - started) * 10) / 10, error: null };
  } catch (error) {
    return { latencyMs: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);
}

async function measureQueueHealth(queue: QueueProbe): Promise<TSystemHealth['queues'][number]> {
  const figures = await measureQueue(queue);
  return { ...figures, level: queueLevel(figures) };
}

async function readHeartbeats(probes: SystemProbes): Promise<Array<z.infer<typeof ZHeartbeat>>> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await probes.redis.scan(
      cursor,
      'MATCH',
      `${probes.redisPrefix}:heartbeat:*`,
      'COUNT',
      200,
    );
    keys.push(...found);
    cursor = next;
  } while (cursor !== '0' && keys.length < 1_000);
  if (keys.length === 0) return [];
  const values = await probes.redis.mget(...keys);
  return values.flatMap((value) => {
    if (!value) return [];
    try {
      const beat = ZHeartbeat.safeParse(JSON.parse(value));
      return beat.success ? [beat.data] : [];
    } catch {
      return [];
    }
  });
}
