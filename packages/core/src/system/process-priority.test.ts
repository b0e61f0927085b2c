import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULE = JSON.stringify(new URL('./process-priority.ts', import.meta.url).pathname);

/** The nice value of each thread of a process, from /proc (field 19 of a task's stat). */
function niceOfThreads(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((task) => {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

/** The autogroup of a process and its nice value, as `/proc/<pid>/autogroup` reads. */
function autogroupOf(pid: number): { group: string; nice: number } {
  const [group, , nice] = readFileSync(`/proc/${pid}/autogroup`, 'utf8').trim().split(' ');
  return { group: group!, nice: Number(nice) };
}

/**
 * Runs `script` in a child process, through `sh -c` when `shell` wraps it (`$NODE` the Node command),
 * in a session of its own when `ownSession`. The script prints its pid once it is ready and then
 * waits; `inspect` reads the process from /proc while it runs.
 */
async function withChild(
  script: string,
  options: { ownSession: boolean; shell?: string },
  inspect: (pid: number) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'facet-priority-'));
  const file = join(dir, 'child.mjs');
  writeFileSync(file, script);
  const node = `"${process.execPath}" --import tsx "${file}"`;
  const [command, args] = options.shell
    ? ['/bin/sh', ['-c', options.shell.replace('$NODE', node)]]
    : [process.execPath, ['--import', 'tsx', file]];
  const child = spawn(command, args, { detached: options.ownSession, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const pid = await new Promise<number>((resolve, reject) => {
      child.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim())));
      child.once('exit', (code) => reject(new Error(`the child exited with ${code}`)));
    });
    inspect(pid);
  } finally {
    if (options.ownSession && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const lowerThenReport = `
  const { lowerProcessPriority } = await import(${MODULE});
  lowerProcessPriority(7);
  console.log(process.pid);
  setInterval(() => {}, 1000);
`;

describe('lowerProcessPriority', () => {
  it('lowers every thread of the process, those started before it and after it, and raises none', async () => {
    // A worker thread started before the call, one after, and one that lowered itself further (as a
    // preview thread does).
    const script = `
      import { Worker } from 'node:worker_threads';
      const keepAlive = 'setInterval(() => {}, 1000)';
      const before = new Worker(keepAlive, { eval: true });
      const yielding = new Worker("require('node:os').setPriority(12); require('node:worker_threads').parentPort.postMessage('set'); " + keepAlive, { eval: true });
      Promise.all([
        new Promise((resolve) => before.once('online', resolve)),
        new Promise((resolve) => yielding.once('message', resolve)),
      ]).then(async () => {
        const { lowerProcessPriority } = await import(${MODULE});
        lowerProcessPriority(7);
        const after = new Worker(keepAlive, { eval: true });
        after.once('online', () => console.log(process.pid));
      });
    `;
    await withChild(script, { ownSession: false }, (pid) => {
      const nice = niceOfThreads(pid);
      expect(nice.length).toBeGreaterThan(4);
      expect(nice.filter((value) => value === 12)).toHaveLength(1);
      expect(new Set(nice)).toEqual(new Set([7, 12]));
    });
  });

  it('lowers the autogroup of a session of its own, where nice values between sessions would not reach', async () => {
    // Started in a session of its own through a launcher (the shell waits for it), as `pnpm start` is.
    await withChild(lowerThenReport, { ownSession: true, shell: '$NODE; true' }, (pid) => {
      expect(autogroupOf(pid).group).not.toBe(autogroupOf(process.pid).group);
      expect(autogroupOf(pid).nice).toBe(7);
    });
  });

  it('leaves alone the autogroup of a session where another process runs beside it', async () => {
    await withChild(lowerThenReport, { ownSession: true, shell: 'sleep 60 & $NODE; true' }, (pid) => {
      expect(autogroupOf(pid).group).not.toBe(autogroupOf(process.pid).group);
      expect(autogroupOf(pid).nice).toBe(0);
      expect(new Set(niceOfThreads(pid))).toEqual(new Set([7]));
    });
  });

  it("leaves alone the autogroup of a session it shares: the other processes' priority is theirs", async () => {
    const before = autogroupOf(process.pid);
    await withChild(lowerThenReport, { ownSession: false }, (pid) => {
      expect(autogroupOf(pid)).toEqual(before);
      expect(new Set(niceOfThreads(pid))).toEqual(new Set([7]));
    });
    expect(autogroupOf(process.pid)).toEqual(before);
  });
});
