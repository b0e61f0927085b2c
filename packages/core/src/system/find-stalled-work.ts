import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import { SANDBOX_AUTO_STATUSES } from '../partners/advance-test-order';

export interface StalledWork {
  /** SUBMITTED for longer than they should be: their price job was lost or gave up. */
  unpricedOrderIds: string[];
  /** Uploaded but never analysed. */
  unanalysedModelIds: string[];
  /** Analysed but without a preview. */
  previewlessModelIds: string[];
  /** Sandbox orders the sandbox job should have moved on (its job was lost), at their version. */
  sandboxSteps: Array<{ orderId: string; version: number }>;
  /** The partner of each of those orders and models that belongs to one (their work runs on its lanes). */
  partnerOf: Record<string, string>;
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
  const [unpriced, unfinishedModels, sandbox] = await Promise.all([
    db
      .select({ id: orders.id, partnerId: orders.partnerId })
      .from(orders)
      .where(and(eq(orders.status, 'SUBMITTED'), lt(orders.statusChangedAt, before)))
      .orderBy(asc(orders.statusChangedAt))
      .limit(limit),
    db
      .select({ id: models.id, status: models.status, partnerId: models.partnerId })
      .from(models)
      .where(
        and(
          or(eq(models.status, 'UPLOADED'), and(eq(models.status, 'ANALYSED'), isNull(models.previewPngKey))),
          lt(models.updatedAt, before),
        ),
      )
      .orderBy(asc(models.updatedAt))
      .limit(limit),
    // Through orders_sandbox_idx: only sandbox orders on their way are in it.
    db
      .select({ orderId: orders.id, version: orders.version })
      .from(orders)
      .where(
        and(
          eq(orders.mode, 'test'),
          inArray(orders.status, SANDBOX_AUTO_STATUSES),
          lt(orders.statusChangedAt, before),
        ),
      )
      .orderBy(asc(orders.statusChangedAt))
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
    sandboxSteps: sandbox,
    partnerOf: Object.fromEntries(
      [...unpriced, ...unfinishedModels].flatMap((row) => (row.partnerId ? [[row.id, row.partnerId]] : [])),
    ),
  };
}
