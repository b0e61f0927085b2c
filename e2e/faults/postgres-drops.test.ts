import { terminateConnections } from '@facet/devstack/cluster/scratch-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOrderLost } from './expect-no-loss';
import { type FaultCluster, pause, startFaultCluster } from './fault-cluster';

let run: FaultCluster;

beforeAll(async () => {
  run = await startFaultCluster({ name: 'postgres-drops', web: 1, worker: 1, realtime: 1 });
});
afterAll(() => run?.stop());

describe('every Postgres connection dropped while orders flow', () => {
  it('every process reconnects and no acknowledged order is lost or doubled', async () => {
    const since = new Date();
    let stopLoad = false;
    const load = run.submitter.run(run.partners, 4, () => stopLoad);

    let terminated = 0;
    for (let drop = 0; drop < 4; drop += 1) {
      await pause(2_500);
      terminated += await terminateConnections(run.cluster.database.name);
    }
    await pause(3_000);
    stopLoad = true;
    await load;

    expect(terminated).toBeGreaterThan(8);
    expect(run.submitter.stats.acknowledged.length).toBeGreaterThan(20);
    await expectNoOrderLost(run, since, 'postgres-drops');
  });
});
