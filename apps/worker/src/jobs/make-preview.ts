import { makeModelPreview, type PreviewBytes } from '@facet/core/models/make-model-preview';
import type { ObjectStorage } from '@facet/core/storage/object-storage';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { JobHandler } from './with-job-log';

/** The light GLB and PNG thumbnail of an analysed model (once per content hash). */
export function createMakePreviewProcessor(deps: {
  db: Db;
  storage: ObjectStorage;
  previewBytes: PreviewBytes;
}): JobHandler {
  return async (job) => {
    const { modelId } = QUEUES.makePreview.payload.parse(job.data);
    return makeModelPreview(deps, modelId);
  };
}
