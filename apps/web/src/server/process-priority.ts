import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the CPU priority of every thread of this process to `niceness` (0–19): on a machine it
 * shares, the process then takes only the CPU that the site's processes leave. On Linux a thread
 * has a nice value of its own, and a new thread takes its creator's, so each thread that exists now
 * (the event loop, V8's and libuv's helpers) is set, and those made later follow. Without
 * `/proc/self/task` (not Linux), the process's own priority is set instead.
 */
export function lowerProcessPriority(niceness: number): void {
  const threads = threadIds();
  if (threads.length === 0) {
    setPriority(niceness);
    return;
  }
  for (const threadId of threads) {
    try {
      setPriority(threadId, niceness);
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
