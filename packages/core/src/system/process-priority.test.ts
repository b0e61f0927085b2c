import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The nice value of each thread of a process, from /proc (field 19 of a task's stat). */
function niceOfThreads(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((task) => {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('lowerProcessPriority', () => {
  it('lowers every thread of the process, those started before it and after it, and raises none', async () => {
    // A child process: a worker thread started before the call, one after, and one that lowered
    // itself further (as a preview thread does); it then reports its pid and waits, so that its
    // threads can be read from /proc while they all run.
    const script = `
      const { Worker } = require('node:worker_threads');
      const keepAlive = 'setInterval(() => {}, 1000)';
      const before = new Worker(keepAlive, { eval: true });
      const yielding = new Worker("require('node:os').setPriority(12); require('node:worker_threads').parentPort.postMessage('set'); " + keepAlive, { eval: true });
      Promise.all([
        new Promise((resolve) => before.once('online', resolve)),
        new Promise((resolve) => yielding.once('message', resolve)),
      ]).then(async () => {
        const { lowerProcessPriority } = await import(${JSON.stringify(new URL('./process-priority.ts', import.meta.url).pathname)});
        lowerProcessPriority(7);
        const after = new Worker(keepAlive, { eval: true });
        after.once('online', () => console.log(process.pid));
      });
    `;
    const child = execFile(process.execPath, ['--import', 'tsx', '-e', script]);
    try {
      const pid = await new Promise<number>((resolve, reject) => {
        child.stdout!.once('data', (chunk) => resolve(Number(String(chunk).trim())));
        child.once('exit', (code) => reject(new Error(`the child exited with ${code}`)));
      });
      const nice = niceOfThreads(pid);
      expect(nice.length).toBeGreaterThan(4);
      expect(nice.filter((value) => value === 12)).toHaveLength(1);
      expect(new Set(nice)).toEqual(new Set([7, 12]));
    } finally {
      child.kill();
    }
  });
});
