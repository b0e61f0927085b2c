import { findOverdueWebhookDeliveries } from '@facet/core/partners/find-overdue-webhook-deliveries';
import { findStalledWork } from '@facet/core/system/find-stalled-work';
import { pruneOldRecords, type Retention } from '@facet/core/system/prune-old-records';
import type { Db } from '@facet/db/client';
import type { PartnerLaneSettings } from '@facet/jobs/partner-lanes';
import { enqueue } from '@facet/jobs/queues';
import { requeueStalledWork } from '@facet/jobs/sweep-stalled-work';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';

/** A pending delivery this late was lost from Redis (or never enqueued): enqueue it again. */
const REDRIVE_GRACE_MS = 5 * 60_000;

export interface UpkeepQueues {
  priceOrder: Queue;
  analyseModel: Queue;
  makePreview: Queue;
  partnerPriceOrder: Queue;
  partnerAnalyseModel: Queue;
  partnerMakePreview: Queue;
  deliverWebhook: Queue;
  sandboxAdvance: Queue;
}

/** The sweeper: work Postgres says is due that no queue holds (Redis lost it) goes back on the queues. */
export async function runSweep(
  db: Db,
  targets: { queues: UpkeepQueues; lanes: PartnerLaneSettings },
  stalledAfterMs: number,
  logger: Logger,
) {
  const work = await findStalledWork(db, { olderThanMs: stalledAfterMs });
  const requeued = await requeueStalledWork(targets, work);
  if (requeued > 0) logger.warn({ requeued, ...work }, 'stalled work put back on the queues');
  return { requeued };
}

/** Pending webhook deliveries past their time (lost from Redis) go back on the delivery queue. */
export async function runWebhookRedrive(db: Db, queue: Queue, logger: Logger) {
  const overdue = await findOverdueWebhookDeliveries(db, { graceMs: REDRIVE_GRACE_MS, limit: 500 });
  for (const deliveryId of overdue) await enqueue(queue, 'deliverWebhook', { deliveryId });
  if (overdue.length > 0) logger.warn({ count: overdue.length }, 'overdue webhook deliveries enqueued again');
  return { requeued: overdue.length };
}

/** One retention pass (README: Retention); one info line with what went. */
export async function runPrune(db: Db, retention: Retention, logger: Logger) {
  const pruned = await pruneOldRecords(db, retention);
  logger.info({ pruned }, 'old records pruned');
  return pruned;
}
