import { countInterruptedJobRuns, countUndeliveredWebhooks } from '@facet/devstack/cluster/order-audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOrderLost } from './expect-no-loss';
import { type FaultCluster, pause, startFaultCluster, until } from './fault-cluster';

let run: FaultCluster;

beforeAll(async () => {
  run = await startFaultCluster({ name: 'worker-crash', web: 1, worker: 1, realtime: 1 });
});
afterAll(() => run?.stop());

describe('the worker killed with SIGKILL in the middle of jobs', () => {
  it('loses no order, repeats no status change, and every order reaches the pool and the console', async () => {
    const since = new Date();
    const worker = run.cluster.workers[0]!;
    let stopLoad = false;
    const load = run.submitter.run(run.partners, 4, () => stopLoad);

    // Kill it only while it is running a job; a kill that came just after the job finished does not count.
    let killedMidJob = 0;
    let interrupted = await countInterruptedJobRuns(run.db);
    for (let kill = 0; killedMidJob < 3 && kill < 10; kill += 1) {
      await until(async () => (await countInterruptedJobRuns(run.db)) > interrupted, 'a job to be running');
      await worker.kill('SIGKILL');
      const interruptedNow = await countInterruptedJobRuns(run.db);
      if (interruptedNow > interrupted) killedMidJob += 1;
      interrupted = interruptedNow;
      await pause(1_000);
      await worker.start();
    }
    await pause(2_000);
    stopLoad = true;
    await load;

    expect(run.submitter.stats.acknowledged.length).toBeGreaterThan(20);
    expect(killedMidJob).toBe(3);
    await expectNoOrderLost(run, since, 'worker-crash');

    // Every status change reached the partner's endpoint.
    await until(
      async () =>
        (await countUndeliveredWebhooks(
          run.db,
          run.partners.map((partner) => partner.partnerId),
        )) === 0,
      'every webhook to be delivered',
      180_000,
    );
    // Delivery is at least once: an event whose 2xx came back just as the worker died is sent again,
    // with the same Facet-Event-Id for the receiver to ignore.
    console.log('[worker-crash] webhook events received twice:', run.receiver.resent());
  });
});
