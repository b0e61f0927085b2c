import { runSandboxStep } from '@facet/core/partners/advance-test-order';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { JobHandler } from './with-job-log';

/** One step of a sandbox order along its path (README: Partner API, Sandbox). Repeats are no-ops. */
export function createSandboxAdvanceProcessor(db: Db): JobHandler {
  return async (job) => {
    const { orderId, version } = QUEUES.sandboxAdvance.payload.parse(job.data);
    return runSandboxStep(db, { orderId, version });
  };
}
