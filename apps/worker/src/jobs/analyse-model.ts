import { type AnalyseBytes, analyseModel } from '@facet/core/models/analyse-model';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** Parse + analyse an uploaded model (once per content hash). A bad file rejects the model, not the job. */
export function createAnalyseModelProcessor(
  deps: { db: Db; storage: ObjectStorage; analyseBytes: AnalyseBytes },
  logger: Logger,
) {
  return async (job: Job) => {
    const { modelId } = QUEUES.analyseModel.payload.parse(job.data);
    const outcome = await analyseModel(deps, modelId);
    logger.info({ jobId: job.id, modelId, outcome }, 'model analysed');
    return outcome;
  };
}
