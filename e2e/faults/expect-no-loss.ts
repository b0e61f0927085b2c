import { auditOrders, waitForPipeline } from '@facet/devstack/cluster/order-audit';
import { expect } from 'vitest';
import type { FaultCluster } from './fault-cluster';

/**
 * After a fault: every order acknowledged with a 2xx exists exactly once, has reached the pool and
 * was shown by every console, and no status change was written twice.
 */
export async function expectNoOrderLost(run: FaultCluster, since: Date, label: string): Promise<void> {
  const { acknowledged, refused, unacknowledged, answers } = run.submitter.stats;
  expect(refused).toEqual([]);
  expect(unacknowledged).toBe(0);
  await waitForPipeline(run.db, acknowledged, run.consoles, 180_000);
  const audit = await auditOrders(run.db, {
    acknowledged,
    partnerIds: run.partners.map((partner) => partner.partnerId),
    since,
    consoles: run.consoles,
  });
  console.log(`[${label}]`, { answers, ...audit });
  expect(audit).toEqual({
    acknowledged: acknowledged.length,
    lost: 0,
    duplicates: 0,
    notInPool: 0,
    notInPoolByStatus: {},
    unseenByConsole: Object.fromEntries(run.consoles.map((console) => [console.name, 0])),
    repeatedEffects: 0,
  });
}
