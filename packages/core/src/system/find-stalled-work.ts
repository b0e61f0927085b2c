import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';

export interface StalledWork {
  /** SUBMITTED for longer than they should be: their price job was lost or gave up. */
  unpricedOrderIds: string[];
  /** Uploaded but never analysed. */
  unanalysedModelIds: string[];
  /** Analysed but without a preview. */
  previewlessModelIds: string[];
}

/**
 * Work whose next automatic step is overdue, read from Postgres alone — so even a Redis that lost
 * every queue only delays work: the sweeper puts it back.
 */
export async function findStalledWork(
  db: Db,
  options: { olderThanMs: number; limit?: number },
): Promise<StalledWork> {
  const before = new Date(Date.now() - options.olderThanMs);
  const limit = options.limit ?? 500;
  const [unpriced, unfinishedModels] = await Promise.all([
    db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.status, 'SUBMITTED'), lt(orders.statusChangedAt, before)))
      .orderBy(asc(orders.statusChangedAt))
      .limit(limit),
    db
      .select({ id: models.id, status: models.status })
      .from(models)
      .where(
        and(
          or(eq(models.status, 'UPLOADED'), and(eq(models.status, 'ANALYSED'), isNull(models.previewPngKey))),
          lt(models.updatedAt, before),
        ),
      )
      .orderBy(asc(models.updatedAt))
      .limit(limit),
  ]);
  return {
    unpricedOrderIds: unpriced.map((order) => order.id),
    unanalysedModelIds: unfinishedModels
      .filter((model) => model.status === 'UPLOADED')
      .map((model) => model.id),
    previewlessModelIds: unfinishedModels
      .filter((model) => model.status === 'ANALYSED')
      .map((model) => model.id),
  };
}
