-- The orders publish a partner's orders as the partner API reads them (README: Architecture, published
-- views): what GET /orders and GET /orders/{id} answer of an order's head (number, mode, reference,
-- status, version, total, lead time, promised date, the reason with its catalogue message, dates) and
-- what its lists and change feed filter and walk: the partner, the mode, the change number and when the
-- order last changed. Its items and timeline the partner API reads through order_lines and
-- order_timeline, as every context does. The customer and the claiming operator are there only for the
-- orders' one rule of who may see an order (orders/order-access.ts), which decides on them for people.
-- A new view rather than a wider order_summaries: that one is the order's head without its bookkeeping
-- columns, read by every process (the workshop's cards, the CRM, earnings, the realtime server's rooms);
-- the change number and the last change's time are the change feed's bookkeeping, which none of them
-- uses, and the partner API has no use for the columns the workshop reads (channel, client, alloy,
-- the claim's time, off_books).
-- A plain select-project of orders, so it is inlined and keeps orders_pkey, orders_partner_created_idx
-- (a partner's orders newest first, by keyset) and orders_partner_change_idx (the change feed).
-- The roles may only read it (a role with only SELECT cannot lock an order through it); only the
-- processes that run those readers may: the partner API (its order routes, a cancellation's answer, the
-- sandbox's simulate call) and the worker (the sandbox job's step). The web app's own pool (shop, CRM,
-- console) and the realtime server read none of them.
CREATE VIEW orders.partner_orders AS
  SELECT id, number, partner_id, mode, external_ref, status, version, change_number, total_cents, currency,
    lead_time_days, promised_at, status_reason, status_reason_message, customer_user_id, claimed_by_id,
    created_at, updated_at, status_changed_at
  FROM orders.orders;--> statement-breakpoint
REVOKE ALL ON orders.partner_orders FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON orders.partner_orders TO facet_partner_api, facet_worker;
