import type { Db } from '@facet/db/client';
import { jobRuns } from '@facet/db/schema/operations';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { and, count, eq, gt, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { ConsoleClient } from './console-client';
import type { Acknowledged } from './order-submitter';

export interface OrderAudit {
  acknowledged: number;
  /** Acknowledged orders that are not in the database. */
  lost: number;
  /** Orders in the database beyond one per acknowledged request (or one answer for two requests). */
  duplicates: number;
  /** Acknowledged orders that have not reached the operators' pool, and where they are instead. */
  notInPool: number;
  notInPoolByStatus: Record<string, number>;
  /** For each console, the acknowledged orders it never showed. */
  unseenByConsole: Record<string, number>;
  /** Status changes written more than once for the same order: a job that did its work twice. */
  repeatedEffects: number;
}

function chunks<T>(items: T[], size = 1_000): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  );
}

/** How many of these orders are in the pool (MANUFACTURING_APPROVED) now. */
export async function countInPool(db: Db, orderIds: string[]): Promise<number> {
  let inPool = 0;
  for (const ids of chunks(orderIds)) {
    const [row] = await db
      .select({ n: count() })
      .from(orders)
      .where(and(inArray(orders.id, ids), eq(orders.status, 'MANUFACTURING_APPROVED')));
    inPool += row?.n ?? 0;
  }
  return inPool;
}

/** Waits until every acknowledged order has reached the pool and every console has shown it. */
export async function waitForPipeline(
  db: Db,
  acknowledged: Acknowledged[],
  consoles: ConsoleClient[],
  timeoutMs: number,
): Promise<void> {
  const ids = acknowledged.map((ack) => ack.orderId);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const allSeen = consoles.every((console) => ids.every((id) => console.seen.has(id)));
    if (allSeen && (await countInPool(db, ids)) === ids.length) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Checks the promise "never lose an order" for the acknowledged requests of the given partners:
 * every order answered 2xx exists exactly once, has reached the pool, was shown by every console,
 * and none of its status changes was written twice.
 */
export async function auditOrders(
  db: Db,
  options: { acknowledged: Acknowledged[]; partnerIds: string[]; since: Date; consoles: ConsoleClient[] },
): Promise<OrderAudit> {
  const ackIds = [...new Set(options.acknowledged.map((ack) => ack.orderId))];
  const stored = await db
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(and(inArray(orders.partnerId, options.partnerIds), gt(orders.createdAt, options.since)));
  const statusOf = new Map(stored.map((row) => [row.id, row.status]));
  const lost = ackIds.filter((id) => !statusOf.has(id)).length;
  const answersSharingAnOrder = options.acknowledged.length - ackIds.length;
  const duplicates = stored.length - (ackIds.length - lost) + answersSharingAnOrder;
  const notInPoolByStatus: Record<string, number> = {};
  for (const id of ackIds) {
    const status = statusOf.get(id) ?? 'missing';
    if (status !== 'MANUFACTURING_APPROVED') notInPoolByStatus[status] = (notInPoolByStatus[status] ?? 0) + 1;
  }
  const notInPool = Object.values(notInPoolByStatus).reduce((sum, n) => sum + n, 0);

  let repeatedEffects = 0;
  for (const ids of chunks(ackIds)) {
    const repeated = await db
      .select({ orderId: orderEvents.orderId })
      .from(orderEvents)
      .where(and(inArray(orderEvents.orderId, ids), isNotNull(orderEvents.toStatus)))
      .groupBy(orderEvents.orderId, orderEvents.toStatus)
      .having(sql`count(*) > 1`);
    repeatedEffects += repeated.length;
  }

  const unseenByConsole = Object.fromEntries(
    options.consoles.map((console) => [console.name, ackIds.filter((id) => !console.seen.has(id)).length]),
  );
  return {
    acknowledged: ackIds.length,
    lost,
    duplicates,
    notInPool,
    notInPoolByStatus,
    unseenByConsole,
    repeatedEffects,
  };
}

/** Webhook deliveries of these partners not yet answered 2xx by their endpoint. */
export async function countUndeliveredWebhooks(db: Db, partnerIds: string[]): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(inArray(webhookEndpoints.partnerId, partnerIds), ne(webhookDeliveries.status, 'succeeded')));
  return row?.n ?? 0;
}

/** Job attempts that started and never finished: the ones a crash cut short. */
export async function countInterruptedJobRuns(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jobRuns).where(eq(jobRuns.status, 'running'));
  return row?.n ?? 0;
}

/** For each job of a queue that worked on these subjects (orders, models…), how many attempts it took. */
export async function countRunsPerJob(
  db: Db,
  queue: string,
  subjectIds: string[],
): Promise<{ jobId: string; runs: number }[]> {
  return db
    .select({ jobId: jobRuns.jobId, runs: count() })
    .from(jobRuns)
    .where(and(eq(jobRuns.queue, queue), inArray(jobRuns.subjectId, subjectIds)))
    .groupBy(jobRuns.jobId);
}

export async function modelIdsOfOrders(db: Db, orderIds: string[]): Promise<string[]> {
  const rows = await db
    .selectDistinct({ modelId: orderItems.modelId })
    .from(orderItems)
    .where(inArray(orderItems.orderId, orderIds));
  return rows.map((row) => row.modelId);
}

/** The webhook deliveries recorded for these orders' changes. */
export async function webhookDeliveryIdsOfOrders(db: Db, orderIds: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.orderId, orderIds));
  return rows.map((row) => row.id);
}
