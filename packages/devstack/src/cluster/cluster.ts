/**
 * Several processes of each app on one machine, against one PostgreSQL database and one Redis of
 * their own: what fault tests, the scale-out test and the soak benchmark run. Every process can be
 * killed and started again; Redis too (with its append-only file, as in production).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { freePort } from '@facet/testing/redis-server';
import { seedDemo } from '../seed/seed-demo';
import { type AppName, AppProcess } from './app-process';
import { RedisProcess } from './redis-process';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

export const CLUSTER_SECRET = 'cluster-secret-that-is-long-enough-for-next-auth-0123456789';

export interface ClusterOptions {
  /** Names the database (`facet_cluster_<time>_<name>`) and the log folder. */
  name: string;
  web?: number;
  worker?: number;
  realtime?: number;
  /** The web app's production build folder (relative to apps/web), made by `buildWeb`. */
  distDir: string;
  /** Where each process's output goes, one file per process. */
  logDir: string;
  /** Extra environment for every worker process. */
  workerEnv?: Record<string, string>;
  /** Extra environment for every process (web, worker and realtime). */
  env?: Record<string, string>;
  logLevel?: string;
}

export interface Cluster {
  database: ScratchDatabase;
  redis: RedisProcess;
  webs: AppProcess[];
  workers: AppProcess[];
  realtimes: AppProcess[];
  secret: string;
  stop: () => Promise<void>;
}

async function ports(count: number): Promise<number[]> {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(await freePort());
  return [...chosen];
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const counts: Record<AppName, number> = {
    web: options.web ?? 1,
    worker: options.worker ?? 1,
    realtime: options.realtime ?? 1,
  };
  const database = await createScratchDatabase('facet_cluster', options.name.replace(/\W/g, '_'));
  const dataDir = mkdtempSync(join(tmpdir(), `facet-cluster-${options.name}-`));
  const processes: AppProcess[] = [];
  let redis: RedisProcess | undefined;
  try {
    await migrateDatabase(database.url);
    const storageDir = join(dataDir, 'storage');
    const { db, close } = createDb(database.url, { max: 2 });
    await seedDemo(db, new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' }));
    await close();

    const [redisPort, ...appPorts] = await ports(1 + counts.web + counts.worker + counts.realtime);
    redis = new RedisProcess(redisPort!, join(dataDir, 'redis'));
    await redis.start();

    const take = () => appPorts.shift()!;
    const webPorts = Array.from({ length: counts.web }, take);
    const workerPorts = Array.from({ length: counts.worker }, take);
    const realtimePorts = Array.from({ length: counts.realtime }, take);
    const webOrigins = webPorts.map((port) => `http://127.0.0.1:${port}`);
    const common: Record<string, string> = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'facet',
      NEXTAUTH_SECRET: CLUSTER_SECRET,
      STORAGE_DIR: storageDir,
      LOG_LEVEL: options.logLevel ?? 'info',
      // The partners' webhook receivers run on this machine: allowed as an admin allows on-premises ones.
      WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1/32',
      ...options.env,
    };
    const logFile = (name: string) => join(options.logDir, `${name}.log`);
    const webs = webPorts.map(
      (port, i) =>
        new AppProcess({
          app: 'web',
          index: i + 1,
          port,
          logFile: logFile(`web-${i + 1}`),
          env: {
            ...common,
            NODE_ENV: 'production',
            PORT: String(port),
            NEXTAUTH_URL: webOrigins[i]!,
            NEXT_PUBLIC_REALTIME_URL: `http://127.0.0.1:${realtimePorts[0]}`,
            NEXT_DIST_DIR: options.distDir,
          },
        }),
    );
    const workers = workerPorts.map(
      (port, i) =>
        new AppProcess({
          app: 'worker',
          index: i + 1,
          port,
          logFile: logFile(`worker-${i + 1}`),
          env: {
            ...common,
            WORKER_HEALTH_PORT: String(port),
            MESH_THREADS: '1',
            ...options.workerEnv,
          },
        }),
    );
    const realtimes = realtimePorts.map(
      (port, i) =>
        new AppProcess({
          app: 'realtime',
          index: i + 1,
          port,
          logFile: logFile(`realtime-${i + 1}`),
          env: { ...common, REALTIME_PORT: String(port), WEB_ORIGIN: webOrigins.join(',') },
        }),
    );
    processes.push(...webs, ...workers, ...realtimes);
    // One at a time: on two cores, starting six Node processes at once only makes each slower.
    for (const app of processes) await app.start();

    const startedRedis = redis;
    return {
      database,
      redis: startedRedis,
      webs,
      workers,
      realtimes,
      secret: CLUSTER_SECRET,
      stop: async () => {
        await Promise.all(processes.map((app) => app.stop()));
        for (const app of processes) app.closeLog();
        await startedRedis.kill('SIGTERM');
        await database.drop().catch(() => {});
      },
    };
  } catch (error) {
    await Promise.all(processes.map((app) => app.kill('SIGKILL')));
    for (const app of processes) app.closeLog();
    await redis?.kill('SIGKILL');
    await database.drop().catch(() => {});
    throw error;
  }
}
