import type { StalledWork } from '@facet/core/system/find-stalled-work';
import type { Queue } from 'bullmq';
import { enqueue } from './queues';

/** How often the same stalled item may be re-driven: its job id changes once per window. */
const WINDOW_MS = 10 * 60_000;

/**
 * Puts stalled work back on the queues. Job ids carry the time window, so a job that failed for
 * good (kept in the failed set) does not block a fresh try ten minutes later.
 */
export async function requeueStalledWork(
  queues: { priceOrder: Queue; analyseModel: Queue; makePreview: Queue },
  work: StalledWork,
  now = Date.now(),
): Promise<number> {
  const trigger = `sweep-${Math.floor(now / WINDOW_MS)}`;
  for (const orderId of work.unpricedOrderIds)
    await enqueue(queues.priceOrder, 'priceOrder', { orderId, trigger });
  for (const modelId of work.unanalysedModelIds)
    await enqueue(queues.analyseModel, 'analyseModel', { modelId });
  for (const modelId of work.previewlessModelIds)
    await enqueue(queues.makePreview, 'makePreview', { modelId });
  return work.unpricedOrderIds.length + work.unanalysedModelIds.length + work.previewlessModelIds.length;
}
