import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { answersPing } from '@facet/testing/redis-server';

export interface RunningRedis {
  url: string;
  description: string;
  stop: () => Promise<void>;
}

/**
 * REDIS_URL if given; else a Redis already running on the default port; else a `redis-server`
 * from PATH, started here with its data (append-only file) in `dataDir`.
 */
export async function resolveRedis(
  configuredUrl: string | undefined,
  dataDir: string,
  port: number,
): Promise<RunningRedis> {
  if (configuredUrl)
    return { url: configuredUrl, description: `REDIS_URL (${configuredUrl})`, stop: async () => {} };
  const local = 'redis://127.0.0.1:6379';
  if (await answersPing(local, { connectTimeoutMs: 800 }))
    return { url: local, description: `local Redis at ${local}`, stop: async () => {} };

  if (spawnSync('redis-server', ['--version']).error) {
    throw new Error(
      'Facet needs Redis and none was found. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL.',
    );
  }
  await mkdir(dataDir, { recursive: true });
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await answersPing(url, { connectTimeoutMs: 800 })) {
      return {
        url,
        description: `redis-server started here on port ${port} (append-only file in ${dataDir})`,
        stop: async () => {
          child.kill('SIGTERM');
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}.`);
}
