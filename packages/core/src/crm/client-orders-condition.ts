import { orders } from '@facet/db/schema/orders';
import { eq, or, type SQL } from 'drizzle-orm';
import type { ClientWithPartner } from './find-client';

/**
 * All of a client's orders, whatever the channel: placed in the CRM for them (orders.client_id), in the
 * shop with their account (clients.user_id = orders.customer_user_id), or through the API as a partner
 * (partners.client_id). Each arm has its own index; Postgres ORs the bitmaps.
 */
export function ordersOfClient({ client, partner }: ClientWithPartner): SQL {
  return or(
    eq(orders.clientId, client.id),
    client.userId ? eq(orders.customerUserId, client.userId) : undefined,
    partner ? eq(orders.partnerId, partner.id) : undefined,
  )!;
}
