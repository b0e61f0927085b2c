import type { CanaryState } from '../canary/get-canary-status';

/** Green, amber or red, from the figure behind each health tile. */
export type HealthLevel = 'ok' | 'warn' | 'down';

export const HEARTBEAT_KINDS = ['worker', 'realtime'] as const;
export type HeartbeatKind = (typeof HEARTBEAT_KINDS)[number];

/** Processes write their heartbeat this often, and it expires after HEARTBEAT_TTL_S. */
export const HEARTBEAT_EVERY_MS = 5_000;
export const HEARTBEAT_TTL_S = 15;

export function heartbeatKey(prefix: string, kind: HeartbeatKind, host: string, pid: number): string {
  return `${prefix}:heartbeat:${kind}:${host}:${pid}`;
}

export function databaseLevel(latencyMs: number | null): HealthLevel {
  if (latencyMs === null) return 'down';
  return latencyMs < 250 ? 'ok' : 'warn';
}

export function queueLevel(queue: { failed: number; oldestWaitingAgeS: number | null }): HealthLevel {
  const age = queue.oldestWaitingAgeS ?? 0;
  if (age > 600) return 'down';
  if (age > 60 || queue.failed > 0) return 'warn';
  return 'ok';
}

export function outboxLevel(oldestAgeS: number | null): HealthLevel {
  const age = oldestAgeS ?? 0;
  if (age > 120) return 'down';
  return age > 10 ? 'warn' : 'ok';
}

export function heartbeatLevel(ages: number[]): HealthLevel {
  if (ages.length === 0) return 'down';
  return ages.some((age) => age <= 2 * (HEARTBEAT_EVERY_MS / 1000)) ? 'ok' : 'warn';
}

/** Red when the canary is late, failed or missing; amber before the first one is judged. */
export function canaryLevel(state: CanaryState): HealthLevel {
  if (state === 'ok') return 'ok';
  return state === 'pending' || state === 'never' ? 'warn' : 'down';
}

/** Orders past their time limit are for sellers to look at, not a fault of the system: amber at most. */
export function slaLevel(openBreaches: number): HealthLevel {
  return openBreaches > 0 ? 'warn' : 'ok';
}

export function worstLevel(levels: HealthLevel[]): HealthLevel {
  if (levels.includes('down')) return 'down';
  return levels.includes('warn') ? 'warn' : 'ok';
}
