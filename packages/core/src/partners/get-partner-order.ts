import type { Db, DbOrTx } from '@facet/db/client';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
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
    UUID.test(orderId) ? await db.query.orders.findFirst({ where: eq(orders.id, orderId) }) : undefined,
  );
  const { items, events } = await readPartnerOrderDetails(db, order.id);
  return toPartnerOrder(order, items, events, options.locale);
}

/** An id that cannot be an order's is answered as an unknown order, before any query. */
export function assertOrderIdShape(actor: Actor, orderId: string): void {
  if (!UUID.test(orderId)) assertCanSeeOrder(actor, undefined);
}

/** An order's items and timeline, read together. */
export async function readPartnerOrderDetails(db: DbOrTx, orderId: string) {
  const [items, events] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId)).orderBy(asc(orderEvents.version)),
  ]);
  return { items, events };
}
