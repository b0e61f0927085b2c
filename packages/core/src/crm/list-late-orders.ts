import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { findOpenSlaBreaches } from '../sla/find-open-sla-breaches';
import { lateness, STUCK_AFTER_S } from '../sla/stuck-limits';
import { WATCHED_STATUSES } from '../sla/stuck-orders-condition';
import { assertSeller } from './assert-seller';
import { LATE_ORDERS_COUNTED_UP_TO } from './late-orders-page-size';
import { selectSellerOrders, toSellerOrder, ZSellerOrder } from './seller-order-dto';

export const ZLateOrder = ZSellerOrder.extend({
  lateByS: z.number().int(),
  lateReason: z.enum(['past-promise', 'stuck']),
  /** The status's limit, for "in Priced for 4 days (limit 2 days)". */
  stuckAfterS: z.number().int(),
  /** When the SLA watchdog flagged the order's stay in its current status; null if it has not (yet). */
  flaggedAt: z.date().nullable(),
});
export type TLateOrder = z.infer<typeof ZLateOrder>;

export const ZListLateOrdersInput = z.object({
  limit: z.number().int().min(1).max(500).default(200),
  cursor: z.string().max(500).nullish(),
});

export const ZLateOrderPage = z.object({
  items: z.array(ZLateOrder),
  /** How many orders are late, counted up to `LATE_ORDERS_COUNTED_UP_TO`. */
  total: z.number().int(),
  /** More orders are late than `total` says: the count stopped at its limit. */
  totalIsAtLeast: z.boolean(),
  nextCursor: z.string().nullable(),
});
export type TLateOrderPage = z.infer<typeof ZLateOrderPage>;

/** Where the next page starts: the moment the last order became late (to the microsecond), and its id. */
const ZCursor = z.object({
  lateSince: z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/),
  id: z.string().uuid(),
});

/** Statuses (written literally, to match the partial indexes) whose promised date still counts. */
const PROMISED_STATUSES = WATCHED_STATUSES.filter((status) => status !== 'SHIPPED');
const literalList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);

/** `status_changed_at + the status's limit`: when a stay in a watched status becomes too long. */
const stuckSince = sql`(${orderSummaries.statusChangedAt} + case ${orderSummaries.status} ${sql.raw(
  WATCHED_STATUSES.map((status) => `when '${status}' then interval '${STUCK_AFTER_S[status]} seconds'`).join(
    ' ',
  ),
)} end)`;

/**
 * The late orders as index ranges, each already in the order the list shows: one range per watched
 * status (stuck since `status_changed_at + limit`) and one of promised dates. An order counts in the
 * arm of whichever came first, the same rule as `lateness()` (a tie is "past the promise"), so the
 * union has each order once, and `late_since` orders the whole list.
 */
export function lateOrderRanges(now: Date, after: z.infer<typeof ZCursor> | null, limit: number | null): SQL {
  // Each arm continues after the cursor along its own index: (status_changed_at, id) or (promised_at, id).
  const page = (column: SQL, cursorAt: SQL) =>
    sql`${
      after ? sql`and (${column}, ${orderSummaries.id}) > (${cursorAt}, ${after.id}::uuid)` : sql``
    } order by ${column}, ${orderSummaries.id} ${limit === null ? sql`` : sql`limit ${limit}`}`;
  const cursorAt = sql`${after?.lateSince ?? null}::timestamptz`;
  const promiseCounts = sql`(${orderSummaries.promisedAt} is not null and ${orderSummaries.status} in ${literalList(PROMISED_STATUSES)})`;
  const stuckArms = WATCHED_STATUSES.map((status) => {
    const limitS = STUCK_AFTER_S[status]!;
    const lateSince = sql`(${orderSummaries.statusChangedAt} + ${sql.raw(`interval '${limitS} seconds'`)})`;
    return sql`(select ${orderSummaries.id} as id, ${lateSince} as late_since, 'stuck' as reason from ${orderSummaries}
      where ${orderSummaries.status} = ${sql.raw(`'${status}'`)}
        and ${orderSummaries.statusChangedAt} < ${new Date(now.getTime() - limitS * 1000).toISOString()}::timestamptz
        and not ${orderSummaries.offBooks}
        and not (${promiseCounts} and ${orderSummaries.promisedAt} <= ${lateSince})
        ${page(sql`${orderSummaries.statusChangedAt}`, sql`(${cursorAt} - ${sql.raw(`interval '${limitS} seconds'`)})`)})`;
  });
  const promiseArm = sql`(select ${orderSummaries.id} as id, ${orderSummaries.promisedAt} as late_since, 'past-promise' as reason
      from ${orderSummaries}
      where ${orderSummaries.promisedAt} is not null and ${orderSummaries.status} in ${literalList(PROMISED_STATUSES)}
        and ${orderSummaries.promisedAt} < ${now.toISOString()}::timestamptz
        and not ${orderSummaries.offBooks}
        and ${orderSummaries.promisedAt} <= ${stuckSince}
        ${page(sql`${orderSummaries.promisedAt}`, cursorAt)})`;
  return sql.join([...stuckArms, promiseArm], sql` union all `);
}

/**
 * Orders past their promised date or stuck in a status longer than its limit, the latest first, with
 * when the SLA watchdog flagged them, one keyset page at a time. Each page reads a page from each
 * index range (statuses with a limit, promised dates), never every late order; the total is counted
 * from the same ranges, up to `LATE_ORDERS_COUNTED_UP_TO`. Canary orders are not the workshop's business and are left out.
 */
export async function listLateOrders(
  db: Db,
  actor: Actor,
  rawInput: z.input<typeof ZListLateOrdersInput> = {},
): Promise<TLateOrderPage> {
  assertSeller(actor);
  const input = ZListLateOrdersInput.parse(rawInput);
  const after = input.cursor ? decodeCursor(ZCursor, input.cursor) : null;
  const now = new Date();
  // The count runs beside the whole page (its orders, then their rows and flags), not before it.
  const [{ ids, lateSince, rows, breaches }, counted] = await Promise.all([
    readLatePage(db, now, after, input.limit + 1),
    countLateOrders(db, now),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const late = ids.flatMap((id) => {
    const row = byId.get(id);
    const verdict = row && lateness(row, now);
    return row && verdict ? [{ row, verdict }] : [];
  });
  const page = late.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row, verdict }) => ({
      ...toSellerOrder(row, now),
      lateByS: verdict.lateByS,
      lateReason: verdict.reason,
      stuckAfterS: STUCK_AFTER_S[row.status] ?? 0,
      flaggedAt: breaches.get(row.id)?.flaggedAt ?? null,
    })),
    total: Math.min(counted, LATE_ORDERS_COUNTED_UP_TO),
    totalIsAtLeast: counted > LATE_ORDERS_COUNTED_UP_TO,
    nextCursor:
      late.length > input.limit && last
        ? encodeCursor({ lateSince: lateSince.get(last.row.id)!, id: last.row.id })
        : null,
  };
}

/** Up to `limit` late orders after the cursor, with their seller rows and open SLA flags. */
async function readLatePage(db: Db, now: Date, after: z.infer<typeof ZCursor> | null, limit: number) {
  const picked = await db.execute<{ id: string; late_since: string }>(
    sql`select id, late_since::text as late_since from (${lateOrderRanges(now, after, limit)}) late
      order by late_since, id limit ${limit}`,
  );
  const ids = [...picked].map((row) => row.id);
  const lateSince = new Map([...picked].map((row) => [row.id, row.late_since]));
  const [rows, breaches] = await Promise.all([
    ids.length ? selectSellerOrders(db).where(inArray(orderSummaries.id, ids)) : Promise.resolve([]),
    findOpenSlaBreaches(db, ids),
  ]);
  return { ids, lateSince, rows, breaches };
}

/** How many orders are late, counted to one past `LATE_ORDERS_COUNTED_UP_TO` at most. */
async function countLateOrders(db: Db, now: Date): Promise<number> {
  const [counted] = await db.execute<{ total: number }>(
    sql`select count(*)::int as total from (select id from (${lateOrderRanges(
      now,
      null,
      LATE_ORDERS_COUNTED_UP_TO + 1,
    )}) late limit ${LATE_ORDERS_COUNTED_UP_TO + 1}) counted`,
  );
  return counted?.total ?? 0;
}
