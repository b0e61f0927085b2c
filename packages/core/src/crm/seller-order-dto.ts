import type { DbOrTx } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { ORDER_CHANNELS, ORDER_STATUSES } from '@facet/db/enums';
import { clients } from '@facet/db/schema/crm';
import { people } from '@facet/db/schema/identity';
import { orderSummaries } from '@facet/db/schema/orders';
import { partners } from '@facet/db/schema/partners';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

/** Statuses after which a promised date no longer matters: the piece has left, or never will. */
export const FINISHED_STATUSES: readonly OrderStatus[] = ['SHIPPED', 'CLOSED', 'REJECTED', 'CANCELLED'];

/**
 * Orders whose promised date still matters, written out literally so the planner can match the
 * partial index `orders_unfinished_created_idx` (a parameter would hide the list from it).
 */
export const UNFINISHED_ORDER = sql`${orderSummaries.status} not in ${sql.raw(
  `(${FINISHED_STATUSES.map((status) => `'${status}'`).join(', ')})`,
)}`;

/** One row of the sellers' order tables. */
export const ZSellerOrder = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  channel: z.enum(ORDER_CHANNELS),
  /** Who the order is for, whatever the channel: a CRM client, a shop customer or a partner. */
  clientId: z.string().uuid().nullable(),
  clientName: z.string().nullable(),
  alloyCode: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  currency: z.string(),
  statusReason: z.string().nullable(),
  createdAt: z.date(),
  statusChangedAt: z.date(),
  promisedAt: z.date().nullable(),
  overdue: z.boolean(),
});
export type TSellerOrder = z.infer<typeof ZSellerOrder>;

/**
 * Columns of a seller's order row. Who the order is for is looked up per row by primary key (or the
 * customer's client by `clients_user_idx`) rather than joined: a page holds at most a few hundred
 * orders, and a join lets the planner hash a whole table of users or clients for them.
 */
export const SELLER_ORDER_COLUMNS = {
  id: orderSummaries.id,
  number: orderSummaries.number,
  status: orderSummaries.status,
  channel: orderSummaries.channel,
  alloyCode: orderSummaries.alloyCode,
  totalCents: orderSummaries.totalCents,
  currency: orderSummaries.currency,
  statusReason: orderSummaries.statusReason,
  createdAt: orderSummaries.createdAt,
  statusChangedAt: orderSummaries.statusChangedAt,
  promisedAt: orderSummaries.promisedAt,
  clientId: sql<string | null>`coalesce(${orderSummaries.clientId},
    (select p.client_id from ${partners} p where p.id = ${orderSummaries.partnerId}),
    (select c.id from ${clients} c where c.user_id = ${orderSummaries.customerUserId} order by c.created_at limit 1))`,
  clientName: sql<string | null>`coalesce(
    (select c.name from ${clients} c where c.id = ${orderSummaries.clientId}),
    (select c.name from ${partners} p join ${clients} c on c.id = p.client_id where p.id = ${orderSummaries.partnerId}),
    (select c.name from ${clients} c where c.user_id = ${orderSummaries.customerUserId} order by c.created_at limit 1),
    (select u.name from ${people} u where u.id = ${orderSummaries.customerUserId}))`,
};

/** The sellers' order rows with who each order is for; callers add where, order and limit. */
export function selectSellerOrders(db: DbOrTx) {
  return db.select(SELLER_ORDER_COLUMNS).from(orderSummaries).$dynamic();
}

export type SellerOrderRow = Awaited<ReturnType<typeof selectSellerOrders>>[number];

export function toSellerOrder(row: SellerOrderRow, now = new Date()): TSellerOrder {
  return { ...row, overdue: isOverdue(row.status, row.promisedAt, now) };
}

export function isOverdue(status: OrderStatus, promisedAt: Date | null, now = new Date()): boolean {
  return promisedAt !== null && promisedAt < now && !FINISHED_STATUSES.includes(status);
}
