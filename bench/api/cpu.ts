/**
 * CPU time spent per request by the web server and by the database's backends, read from /proc
 * (Linux). Unlike requests per second it barely moves with what else the machine runs, so it tells
 * what a change saved on a busy machine too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Sql } from 'postgres';

const TICKS_PER_S = 100;

/** utime + stime of a process (all its threads), in ms; 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

/** The process listening on a TCP port of this machine. */
export function listeningPid(port: number): number {
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = out.match(/pid=(\d+)/)?.[1];
  if (!pid) throw new Error(`no process found listening on port ${port}`);
  return Number(pid);
}

/** Sums the CPU of the database's backends (but the caller's own), keyed by pid to follow new ones. */
export async function backendCpuMs(sql: Sql): Promise<Map<number, number>> {
  const rows = await sql<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
  return new Map(rows.map((row) => [row.pid, processCpuMs(row.pid)]));
}

export function cpuSpentMs(before: Map<number, number>, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, ms] of after) spent += ms - (before.get(pid) ?? 0);
  return spent;
}
