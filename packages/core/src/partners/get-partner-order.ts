import type { Db, DbOrTx } from '@facet/db/client';
import { orderLines, orderTimeline, partnerOrders } from '@facet/db/schema/orders';
import { asc, eq } from 'drizzle-orm';
import type { Locale } from '../i18n/locale';
import { assertCanSeeOrder } from '../orders/order-access';
import type { Actor } from '../shared/actor';
import { type TPartnerOrder, toPartnerOrder } from './partner-order-dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An order with its items and full timeline, if the actor may see it (a partner: its own only); the
 * reasons the system wrote are said in `locale` (English by default).
 */
export async function getPartnerOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  options: { locale?: Locale } = {},
): Promise<TPartnerOrder> {
  const order = assertCanSeeOrder(
    actor,
    UUID.test(orderId) ? await readPartnerOrder(db, orderId) : undefined,
  );
  const { items, events } = await readPartnerOrderDetails(db, order.id);
  return toPartnerOrder(order, items, events, options.locale);
}

/** An id that cannot be an order's is answered as an unknown order, before any query. */
export function assertOrderIdShape(actor: Actor, orderId: string): void {
  if (!UUID.test(orderId)) assertCanSeeOrder(actor, undefined);
}

/** An order as the orders context publishes it for the partner API, or undefined if there is none. */
export async function readPartnerOrder(db: DbOrTx, orderId: string) {
  const [order] = await db.select().from(partnerOrders).where(eq(partnerOrders.id, orderId)).limit(1);
  return order;
}

/** An order's items and timeline, read together. */
export async function readPartnerOrderDetails(db: DbOrTx, orderId: string) {
  const [items, events] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.orderId, orderId)).orderBy(asc(orderLines.position)),
    db
      .select()
      .from(orderTimeline)
      .where(eq(orderTimeline.orderId, orderId))
      .orderBy(asc(orderTimeline.version)),
  ]);
  return { items, events };
}
