import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './web-build';

export type AppName = 'web' | 'worker' | 'realtime';

export interface AppProcessSpec {
  app: AppName;
  /** 1, 2, … among the processes of the same app. */
  index: number;
  port: number;
  env: Record<string, string>;
  logFile: string;
}

const HEALTH_PATH: Record<AppName, string> = {
  web: '/api/health',
  worker: '/health',
  realtime: '/health',
};

function command(app: AppName, port: number): { file: string; args: string[]; cwd: string } {
  const cwd = join(ROOT, 'apps', app);
  if (app === 'web') {
    const next = createRequire(join(cwd, 'package.json')).resolve('next/dist/bin/next');
    return { file: process.execPath, args: [next, 'start', '--port', String(port)], cwd };
  }
  return { file: process.execPath, args: ['--import', 'tsx', 'src/main.ts'], cwd };
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * One process of one app (`node …`, no package-manager wrapper in between), in a process group of
 * its own, so `kill('SIGKILL')` takes it down at once with whatever it started, as a crash would.
 * Its output is appended to a log file that outlives restarts.
 */
export class AppProcess {
  readonly name: string;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private log: WriteStream | null = null;

  constructor(readonly spec: AppProcessSpec) {
    this.name = `${spec.app}-${spec.index}`;
  }

  get url(): string {
    return `http://127.0.0.1:${this.spec.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves once its health check answers. */
  async start(timeoutMs = 120_000): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    mkdirSync(dirname(this.spec.logFile), { recursive: true });
    this.log ??= createWriteStream(this.spec.logFile, { flags: 'a' });
    this.log.write(`\n--- ${new Date().toISOString()} starting ${this.name}\n`);
    const { file, args, cwd } = command(this.spec.app, this.spec.port);
    const child = spawn(file, args, {
      cwd,
      env: { ...process.env, ...this.spec.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.pipe(this.log, { end: false });
    child.stderr?.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited during start-up; see ${this.spec.logFile}`);
      if (await answers(`${this.url}${HEALTH_PATH[this.spec.app]}`)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} did not answer its health check in ${timeoutMs / 1000} s`);
  }

  /** Sends a signal to the whole process group and waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child?.pid || !this.running) return;
    this.log?.write(`\n--- ${new Date().toISOString()} ${signal} to ${this.name}\n`);
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
    await this.exited;
  }

  /** A graceful stop (SIGTERM), then SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    const stopped = this.kill('SIGTERM');
    const timedOut = await Promise.race([
      stopped.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs)),
    ]);
    if (timedOut) await this.kill('SIGKILL');
  }

  closeLog(): void {
    this.log?.end();
    this.log = null;
  }
}
