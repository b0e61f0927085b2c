import { type AnalyseBytes, analyseModel } from '@facet/core/models/analyse-model';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { JobHandler } from './with-job-log';

/** Parse + analyse an uploaded model (once per content hash). A bad file rejects the model, not the job. */
export function createAnalyseModelProcessor(deps: {
  db: Db;
  storage: ObjectStorage;
  analyseBytes: AnalyseBytes;
}): JobHandler {
  return async (job) => {
    const { modelId } = QUEUES.analyseModel.payload.parse(job.data);
    return analyseModel(deps, modelId);
  };
}
