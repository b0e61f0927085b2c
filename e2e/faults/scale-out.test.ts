import { readFileSync } from 'node:fs';
import {
  countRunsPerJob,
  modelIdsOfOrders,
  webhookDeliveryIdsOfOrders,
} from '@facet/devstack/cluster/order-audit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOrderLost } from './expect-no-loss';
import { type FaultCluster, startFaultCluster, until } from './fault-cluster';

let run: FaultCluster;

beforeAll(async () => {
  run = await startFaultCluster({ name: 'scale-out', web: 2, worker: 2, realtime: 2 });
});
afterAll(() => run?.stop());

describe('two web, two worker and two realtime processes on one Postgres and one Redis', () => {
  it('an order placed on web #1 is pushed to a console on realtime #2, and each job is done once', async () => {
    const since = new Date();
    const [web1] = run.cluster.webs;
    const [consoleOnRealtime1, consoleOnRealtime2] = run.consoles;
    const partner = run.partners[0]!;

    const placed = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        run.submitter.placeOrder(run.partners[i % run.partners.length]!, web1!.url),
      ),
    );
    const ids = placed.map((ack) => ack!.orderId);
    await until(
      async () => ids.every((id) => consoleOnRealtime2!.pushed.has(id) && consoleOnRealtime1!.pushed.has(id)),
      'both consoles to be pushed every order',
      120_000,
    );

    // The other way round too: web #2 takes an order, both consoles are pushed it.
    const other = await run.submitter.placeOrder(partner, run.cluster.webs[1]!.url);
    await until(
      async () => run.consoles.every((console) => console.pushed.has(other!.orderId)),
      'the order placed on web #2 on both consoles',
      60_000,
    );
    await expectNoOrderLost(run, since, 'scale-out');

    // Each job once, whichever worker took it, and the two workers shared the work. These partners'
    // orders are priced as they are placed (their models are analysed); the worker delivers each
    // change's webhook (created, priced, approved by the partner's rule) and makes each model's
    // preview, on the partner lanes (README: Isolation).
    const allIds = [...ids, other!.orderId];
    const deliveryIds = await webhookDeliveryIdsOfOrders(run.db, allIds);
    expect(deliveryIds).toHaveLength(allIds.length * 3);
    // A delivery's run is recorded when it starts: wait for every one to be done before counting.
    const deliveriesDoneBy = () =>
      run.cluster.workers.map(
        (worker) =>
          readFileSync(worker.spec.logFile, 'utf8')
            .split('\n')
            .filter(
              (line) =>
                line.includes('"msg":"job done"') &&
                line.includes('"queue":"deliver-webhook"') &&
                deliveryIds.some((id) => line.includes(id)),
            ).length,
      );
    await until(
      async () => deliveriesDoneBy().reduce((sum, n) => sum + n, 0) >= deliveryIds.length,
      'every webhook delivery to be done',
      60_000,
    );
    const deliveredBy = deliveriesDoneBy();
    console.log('[scale-out] webhook deliveries made by each worker:', deliveredBy);
    expect(deliveredBy.reduce((sum, n) => sum + n, 0)).toBe(deliveryIds.length);
    expect(deliveredBy.every((n) => n > 0)).toBe(true);

    const deliveries = await countRunsPerJob(run.db, 'deliver-webhook', deliveryIds);
    expect(deliveries).toHaveLength(deliveryIds.length);
    expect(deliveries.filter((job) => job.runs !== 1)).toEqual([]);
    const previews = await countRunsPerJob(
      run.db,
      'partner-make-preview',
      await modelIdsOfOrders(run.db, allIds),
    );
    expect(previews.filter((job) => job.runs !== 1)).toEqual([]);
  });
});
