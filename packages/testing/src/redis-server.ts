import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
  });
}

/** Whether a Redis at `url` answers PING now: one try, no reconnecting, no error left unhandled. */
export async function answersPing(
  url: string,
  options: { connectTimeoutMs?: number } = {},
): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    ...(options.connectTimeoutMs ? { connectTimeout: options.connectTimeoutMs } : {}),
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

export interface TestRedisServer {
  port: number;
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** A throwaway `redis-server` on a free port, for tests that must stop, break or misconfigure Redis. */
export async function startRedisServer(extraArgs: string[] = [], port?: number): Promise<TestRedisServer> {
  const chosen = port ?? (await freePort());
  const child = spawn(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', ...extraArgs],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${chosen}`;
  for (let attempt = 0; attempt < 100 && !(await answersPing(url)); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await answersPing(url))) throw new Error(`redis-server did not start on port ${chosen}`);
  return {
    port: chosen,
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
