import type { Db } from '@facet/db/client';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { asc, eq } from 'drizzle-orm';
import { assertCanSeeOrder } from '../orders/order-access';
import type { Actor } from '../shared/actor';
import { type TPartnerOrder, toPartnerOrder } from './partner-order-dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An order with its items and full timeline, if the actor may see it (a partner: its own only). */
export async function getPartnerOrder(db: Db, actor: Actor, orderId: string): Promise<TPartnerOrder> {
  const order = assertCanSeeOrder(
    actor,
    UUID.test(orderId) ? await db.query.orders.findFirst({ where: eq(orders.id, orderId) }) : undefined,
  );
  const [items, events] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(asc(orderItems.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.version)),
  ]);
  return toPartnerOrder(order, items, events);
}
