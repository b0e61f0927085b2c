import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the CPU priority of this process to at least `niceness` (0–19): on a machine it shares, the
 * process then takes only the CPU that the site's processes leave.
 *
 * - On Linux a thread has a nice value of its own, and a new thread takes its creator's, so each thread
 *   that exists now (the event loop, V8's and libuv's helpers, worker threads) is set, and those made
 *   later follow. A thread already lower (a preview thread at 19) is left as it is.
 * - Linux's autogroup scheduling shares the CPU between sessions first and applies nice values only
 *   within a session, so a process started in a session of its own (a service started with `setsid`,
 *   a detached child) would still take as much CPU as all the site's processes together. When this
 *   process's session holds only this process, the launchers it was started through (`pnpm`, a
 *   shell) and its own children, the session's group gets the nice value too (`/proc/self/autogroup`).
 *   A process in a cgroup of its own (a container, a systemd unit) is weighed by its cgroup instead:
 *   give it a lower CPU weight there.
 * - Without `/proc/self/task` (not Linux), the process's own priority is set.
 */
export function lowerProcessPriority(niceness: number): void {
  const threads = threadIds();
  if (threads.length === 0) {
    if (getPriority() < niceness) setPriority(niceness);
    return;
  }
  for (const threadId of threads) {
    try {
      if (getPriority(threadId) < niceness) setPriority(threadId, niceness);
    } catch {
      // The thread ended between the listing and now.
    }
  }
  if (sessionIsOwn()) lowerAutogroup(niceness);
}

function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [];
  }
}

interface ProcessStat {
  parent: number;
  session: number;
}

/** Fields 4 and 6 of /proc/<pid>/stat: the parent's pid and the session id. */
function statOf(pid: number | 'self'): ProcessStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), session: Number(fields[3]) };
  } catch {
    return null;
  }
}

/**
 * Whether every process of this process's session is this process, one it was started through, or
 * one it started: then the session's autogroup is this service's alone.
 */
function sessionIsOwn(): boolean {
  const own = statOf('self');
  if (!own) return false;
  const stats = new Map<number, ProcessStat>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = statOf(pid);
    if (stat?.session === own.session) stats.set(pid, stat);
  }
  const ancestors = new Set<number>();
  for (let pid = own.parent; stats.has(pid); pid = stats.get(pid)!.parent) ancestors.add(pid);
  const descendsFromThis = (pid: number): boolean => {
    for (let at = pid; stats.has(at); at = stats.get(at)!.parent) if (at === process.pid) return true;
    return false;
  };
  return [...stats.keys()].every((pid) => ancestors.has(pid) || descendsFromThis(pid));
}

/** `/proc/self/autogroup` reads `/autogroup-<n> nice <value>`; absent when the kernel has no autogroups. */
function lowerAutogroup(niceness: number): void {
  let current: number;
  try {
    current = Number(/nice (-?\d+)/.exec(readFileSync('/proc/self/autogroup', 'utf8'))?.[1] ?? 0);
  } catch {
    return;
  }
  if (current >= niceness) return;
  try {
    writeFileSync('/proc/self/autogroup', String(niceness));
  } catch {
    // Refused (a read-only /proc in a container): the process still runs, at its threads' nice value.
  }
}
