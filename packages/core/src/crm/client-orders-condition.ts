import { orderSummaries } from '@facet/db/schema/orders';
import { and, eq, or, type SQL } from 'drizzle-orm';
import type { ClientWithPartner } from './find-client';

/**
 * All of a client's orders, whatever the channel: placed in the CRM for them (orders.client_id), in the
 * shop with their account (clients.user_id = orders.customer_user_id), or through the API as a partner
 * (partners.client_id), live only. Each arm has its own index; Postgres ORs the bitmaps.
 */
export function ordersOfClient(client: ClientWithPartner): SQL {
  return or(...clientOrderArms(client))!;
}

/**
 * The same arms one by one: each is read newest first from its own index (client, customer, partner
 * with created_at and id), so a page of a client with many orders never sorts all of them.
 */
export function clientOrderArms({ client, partner }: ClientWithPartner): SQL[] {
  return [
    eq(orderSummaries.clientId, client.id),
    ...(client.userId ? [eq(orderSummaries.customerUserId, client.userId)] : []),
    // A partner's sandbox orders are not the client's business (the mode leads its index after the partner).
    ...(partner ? [and(eq(orderSummaries.partnerId, partner.id), eq(orderSummaries.mode, 'live'))!] : []),
  ];
}
