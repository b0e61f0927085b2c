import type { Db } from '@facet/db/client';
import { modelDetails } from '@facet/db/schema/models';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { asc, eq, getViewSelectedFields } from 'drizzle-orm';
import { toModelDto } from '../models/model-dto';
import { ZQuote } from '../pricing/quote';
import type { Actor } from '../shared/actor';
import { INTERNAL_EVENT_TYPES } from './internal-events';
import { assertCanSeeOrder } from './order-access';
import { type TOrderDetails, ZShippingAddress } from './order-details';
import { toOrderSummary } from './order-dto';
import { toOrderItem } from './order-item-dto';
import { toTimelineEntry } from './timeline-entry';

/**
 * One order with its items, their models and prices, and its whole timeline — for whoever may see it.
 * A shopper's timeline leaves out the workshop's internal notes (the SLA watchdog's flags).
 */
export async function getOrderDetails(db: Db, actor: Actor, orderId: string): Promise<TOrderDetails> {
  const order = assertCanSeeOrder(
    actor,
    /^[0-9a-f-]{36}$/i.test(orderId)
      ? await db.query.orders.findFirst({ where: eq(orders.id, orderId) })
      : undefined,
  );
  const [items, timeline] = await Promise.all([
    db
      .select({ item: orderItems, model: getViewSelectedFields(modelDetails), alloyName: currentAlloys.name })
      .from(orderItems)
      .innerJoin(modelDetails, eq(modelDetails.id, orderItems.modelId))
      .innerJoin(currentAlloys, eq(currentAlloys.id, orderItems.alloyId))
      .where(eq(orderItems.orderId, order.id))
      .orderBy(asc(orderItems.position)),
    db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id)).orderBy(asc(orderEvents.id)),
  ]);
  return {
    ...toOrderSummary(order),
    leadTimeDays: order.leadTimeDays,
    promisedAt: order.promisedAt,
    shippingAddress: order.shippingAddress ? ZShippingAddress.parse(order.shippingAddress) : null,
    externalRef: order.externalRef,
    items: items.map(({ item, model, alloyName }) => ({
      ...toOrderItem(item),
      id: item.id,
      model: toModelDto(model),
      alloyName,
      unitPriceCents: item.unitPriceCents,
      quote: item.priceBreakdown ? ZQuote.parse(item.priceBreakdown) : null,
    })),
    castabilityRiskAcceptedAt: order.castabilityRiskAcceptedAt,
    timeline: timeline
      .filter((event) => !(isShopper(actor) && INTERNAL_EVENT_TYPES.has(event.type)))
      .map(toTimelineEntry),
  };
}

function isShopper(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'customer';
}
