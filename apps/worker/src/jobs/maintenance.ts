import type { CanarySchedule } from '@facet/core/canary/start-canary-run';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Retention } from '@facet/core/system/prune-old-records';
import type { Db } from '@facet/db/client';
import type { PartnerLaneSettings } from '@facet/jobs/partner-lanes';
import { QUEUES } from '@facet/jobs/queues';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { runCanaryCheck, runCanaryTick } from './canary';
import { runPrune, runSweep, runWebhookRedrive, type UpkeepQueues } from './periodic-upkeep';
import { runSlaWatchdog } from './sla-watchdog';

export interface MaintenanceDeps {
  db: Db;
  storage: ObjectStorage;
  canary: CanarySchedule | null;
  queues: UpkeepQueues;
  lanes: PartnerLaneSettings;
  stalledAfterMs: number;
  retention: Retention;
}

/**
 * The maintenance queue's ticks, made by its job schedulers (one job per tick, so one worker runs
 * each however many worker processes there are) — the worker's only periodic work: the sweeper, the
 * webhook re-drive, retention, the SLA watchdog, the canary and its check.
 */
export function createMaintenanceProcessor(deps: MaintenanceDeps, logger: Logger) {
  return async (job: Job) => {
    const { task } = QUEUES.maintenance.payload.parse(job.data);
    switch (task) {
      case 'sweep-stalled':
        return runSweep(deps.db, deps, deps.stalledAfterMs, logger);
      case 'redrive-webhooks':
        return runWebhookRedrive(deps.db, deps.queues.deliverWebhook, logger);
      case 'prune-old-records':
        return runPrune(deps.db, deps.retention, logger);
      case 'sla-watchdog':
        return runSlaWatchdog(deps.db, logger);
      case 'canary':
        // A scheduler left by a worker that had the canary on: this one has it off.
        if (!deps.canary) return { skipped: 'the canary is off' };
        return runCanaryTick(deps, deps.canary, logger);
      case 'canary-check':
        if (!deps.canary) return { skipped: 'the canary is off' };
        return runCanaryCheck(deps.db, logger);
      default:
        return { skipped: `${task} does not run on the maintenance queue` };
    }
  };
}
