import { hostname } from 'node:os';
import { HEARTBEAT_EVERY_MS, HEARTBEAT_TTL_S, type HeartbeatKind, heartbeatKey } from './health-levels';

/** What a heartbeat needs of Redis (an ioredis client fits). */
export interface HeartbeatRedis {
  set(key: string, value: string, secondsToken: 'EX', seconds: number): Promise<unknown>;
}

/**
 * Writes `<prefix>:heartbeat:<kind>:<host>:<pid>` every few seconds with a short expiry, so the admin
 * health page sees which processes are alive. Returns the function that stops it.
 */
export function startHeartbeat(redis: HeartbeatRedis, prefix: string, kind: HeartbeatKind): () => void {
  const host = hostname();
  const key = heartbeatKey(prefix, kind, host, process.pid);
  const beat = () => {
    const value = JSON.stringify({ kind, host, pid: process.pid, at: Date.now() });
    redis.set(key, value, 'EX', HEARTBEAT_TTL_S).catch(() => {
      // Redis is down: the health page shows that already; the next beat tries again.
    });
  };
  beat();
  const timer = setInterval(beat, HEARTBEAT_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
