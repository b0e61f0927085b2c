import concurrently from 'concurrently';

export type AppMode = 'dev' | 'prod';

/** Runs web, worker and realtime together with prefixed logs; Ctrl-C (or one crashing) stops all. */
export function runApps(mode: AppMode, env: Record<string, string>) {
  const script = mode === 'dev' ? 'dev' : 'start';
  return concurrently(
    [
      { name: 'web', command: `pnpm --filter @facet/web ${script}`, env, prefixColor: 'cyan' },
      { name: 'worker', command: `pnpm --filter @facet/worker ${script}`, env, prefixColor: 'magenta' },
      { name: 'realtime', command: `pnpm --filter @facet/realtime ${script}`, env, prefixColor: 'yellow' },
    ],
    { prefix: '[{name}]', killOthersOn: ['failure', 'success'], padPrefix: true },
  );
}
