/**
 * `pnpm bench soak`: partners place orders and operators' consoles watch the pool for a fixed time
 * while the worker, the realtime server and Redis are killed (SIGKILL) in turn and started again.
 * Then every acknowledged order is checked: it exists once, reached the pool, was shown by every
 * console. Prints and writes accepted, lost, duplicates, kills and latency percentiles; the p99 is
 * compared with a calm phase of the same run, before any kill. Exits non-zero if an order was lost
 * or doubled. All traffic stays on 127.0.0.1 and stops by itself.
 */
import { join } from 'node:path';
import type { AppProcess } from '@facet/devstack/cluster/app-process';
import { startLoadedCluster } from '@facet/devstack/cluster/loaded-cluster';
import { auditOrders, waitForPipeline } from '@facet/devstack/cluster/order-audit';
import { OrderSubmitter } from '@facet/devstack/cluster/order-submitter';
import { buildWeb, CLUSTER_DIST_DIR, hasWebBuild } from '@facet/devstack/cluster/web-build';
import { percentile, round, writeResults } from '../results';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const CALM_SECONDS = Number(process.env.SOAK_CALM_SECONDS ?? 20);
const KILL_EVERY_S = Number(process.env.SOAK_KILL_EVERY_S ?? 10);
const DOWN_FOR_S = Number(process.env.SOAK_DOWN_FOR_S ?? 3);
const LANES = Number(process.env.SOAK_LANES ?? 6);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The fault tests' build; SOAK_REUSE_BUILD=1 skips building when it is there.
if (process.env.SOAK_REUSE_BUILD !== '1' || !hasWebBuild(CLUSTER_DIST_DIR)) buildWeb(CLUSTER_DIST_DIR);
const run = await startLoadedCluster({
  name: 'soak',
  web: 1,
  worker: 1,
  realtime: 1,
  consolesPerRealtime: 2,
  distDir: CLUSTER_DIST_DIR,
  logDir: join(import.meta.dirname, '..', 'results', 'soak-logs'),
  workerEnv: { SWEEP_INTERVAL_S: '5', STALLED_AFTER_S: '15' },
  logLevel: 'warn',
});

try {
  const webUrls = () => run.cluster.webs.map((web) => web.url);
  console.log(`[soak] calm phase: ${CALM_SECONDS} s, ${LANES} partner lanes`);
  const calm = new OrderSubmitter(webUrls);
  const calmEnds = Date.now() + CALM_SECONDS * 1000;
  await calm.run(run.partners, LANES, () => Date.now() > calmEnds);

  console.log(`[soak] fault phase: ${SECONDS} s, a kill every ${KILL_EVERY_S} s`);
  const since = new Date();
  const faulty = run.submitter;
  const ends = Date.now() + SECONDS * 1000;
  const load = faulty.run(run.partners, LANES, () => Date.now() > ends);
  const kills = { worker: 0, realtime: 0, redis: 0 };
  const targets: (keyof typeof kills)[] = ['worker', 'realtime', 'redis'];
  const restart = async (app: AppProcess) => {
    await app.kill('SIGKILL');
    await pause(DOWN_FOR_S * 1000);
    await app.start();
  };
  for (let i = 0; Date.now() + KILL_EVERY_S * 1000 < ends; i += 1) {
    await pause(KILL_EVERY_S * 1000);
    const target = targets[i % targets.length]!;
    console.log(`[soak] killing ${target}`);
    kills[target] += 1;
    if (target === 'worker') await restart(run.cluster.workers[0]!);
    if (target === 'realtime') await restart(run.cluster.realtimes[0]!);
    if (target === 'redis') {
      await run.cluster.redis.kill('SIGKILL');
      await pause(DOWN_FOR_S * 1000);
      await run.cluster.redis.start();
    }
  }
  await load;

  console.log('[soak] waiting for every acknowledged order to reach the pool and the consoles');
  const acknowledged = [...calm.stats.acknowledged, ...faulty.stats.acknowledged];
  const settleStarted = Date.now();
  await waitForPipeline(run.db, acknowledged, run.consoles, 300_000);
  const settleS = (Date.now() - settleStarted) / 1000;
  const audit = await auditOrders(run.db, {
    acknowledged,
    partnerIds: run.partners.map((partner) => partner.partnerId),
    since: new Date(since.getTime() - (CALM_SECONDS + 60) * 1000),
    consoles: run.consoles,
  });

  const latencies = faulty.stats.acknowledged.map((ack) => ack.latencyMs).sort((a, b) => a - b);
  const calmLatencies = calm.stats.acknowledged.map((ack) => ack.latencyMs).sort((a, b) => a - b);
  const p99 = percentile(latencies, 99);
  const calmP99 = percentile(calmLatencies, 99);
  const answers = faulty.stats.answers;
  const figures = {
    seconds: SECONDS,
    lanes: LANES,
    accepted: audit.acknowledged,
    lost: audit.lost,
    duplicates: audit.duplicates,
    not_in_pool: audit.notInPool,
    unseen_by_consoles: Object.values(audit.unseenByConsole).reduce((sum, n) => sum + n, 0),
    repeated_status_changes: audit.repeatedEffects,
    refused: calm.stats.refused.length + faulty.stats.refused.length,
    unacknowledged: calm.stats.unacknowledged + faulty.stats.unacknowledged,
    kills: kills.worker + kills.realtime + kills.redis,
    kills_worker: kills.worker,
    kills_realtime: kills.realtime,
    kills_redis: kills.redis,
    answers_503: answers['503'] ?? 0,
    network_errors: answers.network ?? 0,
    orders_per_s: round(faulty.stats.acknowledged.length / SECONDS, 1),
    p50_ms: round(percentile(latencies, 50), 1),
    p95_ms: round(percentile(latencies, 95), 1),
    p99_ms: round(p99, 1),
    calm_p99_ms: round(calmP99, 1),
    p99_vs_calm: round(p99 / calmP99, 2),
    settle_s: round(settleS, 1),
    webhook_events_resent: run.receiver.resent(),
  };
  writeResults('soak', figures);
  if (
    figures.lost > 0 ||
    figures.duplicates > 0 ||
    figures.not_in_pool > 0 ||
    figures.unseen_by_consoles > 0
  ) {
    console.error('[soak] FAILED: an acknowledged order was lost, doubled or not shown');
    process.exitCode = 1;
  }
} finally {
  await run.stop();
}
