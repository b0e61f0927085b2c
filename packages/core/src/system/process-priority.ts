import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Lowers the CPU priority of every thread of this process to at least `niceness` (0–19): on a machine
 * it shares, the process then takes only the CPU that the site's processes leave. On Linux a thread
 * has a nice value of its own, and a new thread takes its creator's, so each thread that exists now
 * (the event loop, V8's and libuv's helpers, worker threads) is set, and those made later follow. A
 * thread already lower (a preview thread at 19) is left as it is. Without `/proc/self/task` (not
 * Linux), the process's own priority is set instead.
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
}

function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [];
  }
}
