import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOrderLost } from './expect-no-loss';
import { type FaultCluster, pause, startFaultCluster } from './fault-cluster';

let run: FaultCluster;

beforeAll(async () => {
  run = await startFaultCluster({ name: 'redis-outage', web: 1, worker: 1, realtime: 1 });
});
afterAll(() => run?.stop());

describe('Redis killed while partners submit orders, then started again', () => {
  it('answers 503 quickly while it is down, and keeps every order it acknowledged', async () => {
    const since = new Date();
    let stopLoad = false;
    const load = run.submitter.run(run.partners, 4, () => stopLoad);

    for (let outage = 0; outage < 2; outage += 1) {
      await pause(3_000);
      await run.cluster.redis.kill('SIGKILL');
      const sent = performance.now();
      const response = await fetch(`${run.cluster.webs[0]!.url}/api/v1/orders`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${run.partners[0]!.key}`,
          'content-type': 'application/json',
          'idempotency-key': `outage-probe-${outage}-${Date.now()}`,
        },
        body: '{}',
      });
      const answeredInMs = performance.now() - sent;
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(answeredInMs).toBeLessThan(5_000);
      await pause(4_000);
      await run.cluster.redis.start();
    }
    await pause(3_000);
    stopLoad = true;
    await load;

    expect(run.submitter.stats.answers['503']).toBeGreaterThan(0);
    expect(run.submitter.stats.acknowledged.length).toBeGreaterThan(20);
    await expectNoOrderLost(run, since, 'redis-outage');
  });
});
