import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { canaryRuns, jobRuns } from '@facet/db/schema/operations';
import { orderItems, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { apiRequests, idempotencyRecords, webhookDeliveries } from '@facet/db/schema/partners';
import { claims } from '@facet/db/schema/production';
import { and, inArray, isNotNull, isNull, lt, ne, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** How long each kind of record is kept, in hours (README: Retention). */
export interface Retention {
  /** Outbox rows after they were published; unpublished rows are never pruned. */
  publishedOutboxH: number;
  /** Idempotency records after they expired (a key is replayed until then, 24 h after its request). */
  expiredIdempotencyH: number;
  /** Job attempts after they started; those still running are kept. */
  jobRunsH: number;
  /** Settled webhook deliveries (succeeded or failed) with their attempts; pending ones are kept. */
  webhookDeliveriesH: number;
  /** Canary runs, their orders and models, once settled and their files are gone. */
  canaryH: number;
  /** The partners' request log (`api_requests`). */
  apiRequestsH: number;
}

export const DEFAULT_RETENTION: Retention = {
  publishedOutboxH: 7 * 24,
  expiredIdempotencyH: 24,
  jobRunsH: 30 * 24,
  webhookDeliveriesH: 30 * 24,
  canaryH: 7 * 24,
  apiRequestsH: 30 * 24,
};

export type PrunedCounts = Record<keyof Retention, number>;

/**
 * One retention pass: deletes what is older than its retention, at most `batch` rows of each kind,
 * so a pass holds no lock for long (the next tick takes the rest). Nothing still needed is touched:
 * unpublished outbox rows, idempotency keys not yet expired, running jobs, pending deliveries,
 * canaries on their way or with files still in storage.
 */
export async function pruneOldRecords(
  db: Db,
  retention: Retention = DEFAULT_RETENTION,
  options: { now?: Date; batch?: number } = {},
): Promise<PrunedCounts> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 5_000;
  const before = (hours: number) => new Date(now.getTime() - hours * 3600_000);

  const publishedOutboxH = await deleteSome(db, outbox, outbox.id, batch, [
    isNotNull(outbox.publishedAt),
    lt(outbox.publishedAt, before(retention.publishedOutboxH)),
  ]);
  const expiredIdempotencyH = await deleteSome(
    db,
    idempotencyRecords,
    sql`(${idempotencyRecords.partnerId}, ${idempotencyRecords.key})`,
    batch,
    [lt(idempotencyRecords.expiresAt, before(retention.expiredIdempotencyH))],
    sql`${idempotencyRecords.partnerId}, ${idempotencyRecords.key}`,
  );
  const jobRunsH = await deleteSome(db, jobRuns, jobRuns.id, batch, [
    ne(jobRuns.status, 'running'),
    lt(jobRuns.startedAt, before(retention.jobRunsH)),
  ]);
  // Attempts go with their delivery (ON DELETE CASCADE).
  const webhookDeliveriesH = await deleteSome(db, webhookDeliveries, webhookDeliveries.id, batch, [
    ne(webhookDeliveries.status, 'pending'),
    lt(webhookDeliveries.createdAt, before(retention.webhookDeliveriesH)),
  ]);
  const canaryH = await pruneCanaries(db, before(retention.canaryH), batch);
  const apiRequestsH = await deleteSome(db, apiRequests, apiRequests.id, batch, [
    lt(apiRequests.createdAt, before(retention.apiRequestsH)),
  ]);
  return { publishedOutboxH, expiredIdempotencyH, jobRunsH, webhookDeliveriesH, canaryH, apiRequestsH };
}

/** DELETE … WHERE key IN (SELECT key … LIMIT batch): bounded, and uses the table's retention index. */
async function deleteSome(
  db: Db,
  table: PgTable,
  key: PgColumn | SQL,
  batch: number,
  where: SQL[],
  selectKey: PgColumn | SQL = key,
): Promise<number> {
  const deleted = await db.execute(
    sql`delete from ${table} where ${key} in (select ${selectKey} from ${table} where ${and(...where)} limit ${batch})`,
  );
  return deleted.count;
}

/** Settled canary runs with their files gone, then their orders (and timelines) and models. */
async function pruneCanaries(db: Db, before: Date, batch: number): Promise<number> {
  return db.transaction(async (tx) => {
    const runs = await tx
      .delete(canaryRuns)
      .where(
        inArray(
          canaryRuns.id,
          tx
            .select({ id: canaryRuns.id })
            .from(canaryRuns)
            .where(
              and(
                ne(canaryRuns.status, 'running'),
                lt(canaryRuns.startedAt, before),
                or(isNotNull(canaryRuns.filesRemovedAt), isNull(canaryRuns.modelId)),
              ),
            )
            .limit(batch),
        ),
      )
      .returning({ orderId: canaryRuns.orderId, modelId: canaryRuns.modelId });
    const orderIds = runs.flatMap((run) => (run.orderId ? [run.orderId] : []));
    const modelIds = runs.flatMap((run) => (run.modelId ? [run.modelId] : []));
    if (orderIds.length > 0) {
      await tx
        .delete(orders)
        .where(
          and(
            inArray(orders.id, orderIds),
            orders.isCanary,
            notExists(tx.select().from(claims).where(sql`${claims.orderId} = ${orders.id}`)),
          ),
        );
    }
    if (modelIds.length > 0) {
      await tx
        .delete(models)
        .where(
          and(
            inArray(models.id, modelIds),
            notExists(tx.select().from(orderItems).where(sql`${orderItems.modelId} = ${models.id}`)),
          ),
        );
    }
    return runs.length;
  });
}
