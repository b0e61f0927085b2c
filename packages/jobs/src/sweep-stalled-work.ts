import type { StalledWork } from '@facet/core/system/find-stalled-work';
import type { Queue } from 'bullmq';
import type { PartnerLaneSettings } from './partner-lanes';
import { createPartnerRouting, type RoutedQueues } from './publish-outbox';
import { enqueue } from './queues';

/** How often the same stalled item may be re-driven: its job id changes once per window. */
const WINDOW_MS = 10 * 60_000;

/**
 * Puts stalled work back on the queues. Job ids carry the time window, so a job that failed for
 * good (kept in the failed set) does not block a fresh try ten minutes later.
 */
export async function requeueStalledWork(
  targets: { queues: RoutedQueues & { sandboxAdvance?: Queue }; lanes: PartnerLaneSettings },
  work: StalledWork,
  now = Date.now(),
): Promise<number> {
  const trigger = `sweep-${Math.floor(now / WINDOW_MS)}`;
  const route = createPartnerRouting(targets);
  const partnerOf = (id: string) => work.partnerOf[id] ?? null;
  for (const orderId of work.unpricedOrderIds)
    await route.priceOrder(partnerOf(orderId), { orderId, trigger });
  for (const modelId of work.unanalysedModelIds) await route.analyseModel(partnerOf(modelId), { modelId });
  for (const modelId of work.previewlessModelIds) await route.makePreview(partnerOf(modelId), { modelId });
  const sandboxSteps = targets.queues.sandboxAdvance ? work.sandboxSteps : [];
  for (const step of sandboxSteps) {
    await enqueue(targets.queues.sandboxAdvance!, 'sandboxAdvance', { ...step, trigger });
  }
  return (
    work.unpricedOrderIds.length +
    work.unanalysedModelIds.length +
    work.previewlessModelIds.length +
    sandboxSteps.length
  );
}
