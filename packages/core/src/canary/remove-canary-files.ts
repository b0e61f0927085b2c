import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { canaryRuns } from '@facet/db/schema/operations';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { ObjectStorage } from '../storage/object-storage';

/**
 * Removes from storage the model file and previews of canaries whose order has been closed for a
 * while (an hour: every job on them, previews included, is long done), so canaries every few minutes
 * do not fill the store. The rows stay, for the record.
 */
export async function removeCanaryFiles(
  deps: { db: Db; storage: ObjectStorage },
  options: { olderThanMs?: number; limit?: number; now?: Date } = {},
): Promise<number> {
  const { db, storage } = deps;
  const before = new Date((options.now ?? new Date()).getTime() - (options.olderThanMs ?? 3600_000));
  const done = await db
    .select({
      runId: canaryRuns.id,
      fileKey: models.fileKey,
      previewGlbKey: models.previewGlbKey,
      previewPngKey: models.previewPngKey,
    })
    .from(canaryRuns)
    .innerJoin(orders, eq(orders.id, canaryRuns.orderId))
    .innerJoin(models, eq(models.id, canaryRuns.modelId))
    .where(
      and(
        isNull(canaryRuns.filesRemovedAt),
        lt(canaryRuns.startedAt, before),
        inArray(orders.status, ['CANCELLED', 'REJECTED']),
        lt(orders.statusChangedAt, before),
      ),
    )
    .orderBy(asc(canaryRuns.startedAt))
    .limit(options.limit ?? 50);
  for (const run of done) {
    for (const key of [run.fileKey, run.previewGlbKey, run.previewPngKey]) {
      if (key) await storage.delete(key);
    }
    await db.update(canaryRuns).set({ filesRemovedAt: new Date() }).where(eq(canaryRuns.id, run.runId));
  }
  return done.length;
}
