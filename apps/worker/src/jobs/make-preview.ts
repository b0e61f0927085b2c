import { makeModelPreview, type PreviewBytes } from '@facet/core/models/make-model-preview';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** The light GLB and PNG thumbnail of an analysed model (once per content hash). */
export function createMakePreviewProcessor(
  deps: { db: Db; storage: ObjectStorage; previewBytes: PreviewBytes },
  logger: Logger,
) {
  return async (job: Job) => {
    const { modelId } = QUEUES.makePreview.payload.parse(job.data);
    const outcome = await makeModelPreview(deps, modelId);
    logger.info({ jobId: job.id, modelId, outcome }, 'model preview');
    return outcome;
  };
}
