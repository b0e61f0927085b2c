import { join, resolve } from 'node:path';
import type { ClusterOptions } from '@facet/devstack/cluster/cluster';
import { type LoadedCluster, startLoadedCluster } from '@facet/devstack/cluster/loaded-cluster';
import { CLUSTER_DIST_DIR } from '@facet/devstack/cluster/web-build';

const LOG_ROOT = resolve(import.meta.dirname, '..', '.results', 'faults');

/** Workers that look for lost work every few seconds, so a test needs not wait a minute for it. */
const QUICK_SWEEPER = { SWEEP_INTERVAL_S: '3', STALLED_AFTER_S: '10' };

export type FaultCluster = LoadedCluster;

/**
 * A cluster of its own for one fault test, its processes' logs in e2e/.results/faults/<name>/:
 * partners approved automatically (each with a webhook endpoint) and one console per realtime process.
 */
export function startFaultCluster(
  options: Omit<ClusterOptions, 'distDir' | 'logDir'>,
): Promise<FaultCluster> {
  return startLoadedCluster({
    ...options,
    distDir: CLUSTER_DIST_DIR,
    logDir: join(LOG_ROOT, options.name),
    workerEnv: { ...QUICK_SWEEPER, ...options.workerEnv },
  });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it is true (checked every 20 ms), or fails after `timeoutMs`. */
export async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await pause(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}
