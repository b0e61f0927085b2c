import { type CanaryCheck, checkCanaryRuns } from '@facet/core/canary/check-canary-runs';
import { removeCanaryFiles } from '@facet/core/canary/remove-canary-files';
import { type CanarySchedule, startCanaryRun } from '@facet/core/canary/start-canary-run';
import { formatOrderNumber } from '@facet/core/orders/order-number';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import type { Logger } from 'pino';

/** A canary tick: starts the next canary (its model uploaded), and clears the files of closed ones. */
export async function runCanaryTick(
  deps: { db: Db; storage: ObjectStorage },
  schedule: CanarySchedule,
  logger: Logger,
) {
  const started = await startCanaryRun(deps, schedule);
  if (started.outcome === 'started') {
    logger.info({ canaryRunId: started.runId, modelId: started.modelId }, 'canary started');
  } else if (started.outcome === 'skipped') {
    logger.warn(
      { inFlight: started.inFlight },
      `canary not started: ${started.inFlight} earlier canaries have not reached the pool yet`,
    );
  } else {
    logger.error({ canaryRunId: started.runId, err: started.error }, `canary failed: ${started.error}`);
  }
  const filesRemoved = await removeCanaryFiles(deps);
  return { ...started, filesRemoved };
}

/** A check of the canaries on their way: one log line for each step, an ERROR for each late or failed one. */
export async function runCanaryCheck(db: Db, logger: Logger) {
  const checks = await checkCanaryRuns(db);
  for (const check of checks) logCheck(check, logger);
  return { checks: checks.length };
}

function logCheck(check: CanaryCheck, logger: Logger) {
  const number = check.number === null ? 'with no order yet' : formatOrderNumber(check.number);
  const fields = {
    canaryRunId: check.runId,
    orderId: check.orderId,
    orderNumber: check.number === null ? null : formatOrderNumber(check.number),
  };
  switch (check.outcome) {
    case 'placed':
      logger.info(fields, `canary ${number} placed`);
      return;
    case 'arrived':
      logger.info(
        { ...fields, tookS: check.tookS },
        `canary ${number} reached the pool in ${check.tookS.toFixed(1)} s`,
      );
      return;
    case 'arrived-late':
      logger.warn(
        { ...fields, tookS: check.tookS },
        `canary ${number} reached the pool late, in ${check.tookS.toFixed(1)} s`,
      );
      return;
    case 'late':
      logger.error(
        { ...fields, stage: check.stage },
        `canary ${number} is late: not in the pool by its deadline, ${check.stage}`,
      );
      return;
    case 'failed':
      logger.error({ ...fields, err: check.error }, `canary ${number} failed: ${check.error}`);
      return;
  }
}
