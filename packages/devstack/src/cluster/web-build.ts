import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');

/** The build the fault tests and the soak benchmark start their web processes from. */
export const CLUSTER_DIST_DIR = '.next-cluster';

/**
 * `next build` of the web app into its own folder (relative to apps/web), so a test or benchmark run
 * never disturbs `pnpm dev` or another run's build. NEXT_PUBLIC_ variables are written into the
 * browser bundle at build time.
 */
export function buildWeb(distDir: string, publicEnv: Record<string, string> = {}): void {
  const build = spawnSync('pnpm', ['--filter', '@facet/web', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...publicEnv, NEXT_DIST_DIR: distDir },
  });
  if (build.status !== 0) throw new Error('next build failed');
}

export function hasWebBuild(distDir: string): boolean {
  return existsSync(join(ROOT, 'apps', 'web', distDir, 'BUILD_ID'));
}
