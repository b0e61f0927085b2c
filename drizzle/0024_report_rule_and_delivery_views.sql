-- The last reads of another context's tables move behind views their owners publish (README:
-- Architecture, published views): the CRM dashboard's figures, the approval rules pricing applies, and
-- the webhook deliveries the flight recorder shows. Each view may only be read, and only by the
-- processes that run its reader; the schemas' default privileges would give more, so each is revoked
-- from every role first.
--
-- The orders publish their report rollups as the CRM dashboard reads them: orders placed on a day,
-- through a channel, in an alloy, by the status they are in now, with the booked ones and their totals;
-- and the stays in a status that ended, with their total length. Not the stripe a row was kept in (a
-- figure is the sum over the stripes, which the dashboard takes anyway) nor the totals it does not show.
-- Plain select-projects of the rollups, so they are inlined and the dashboard's period, channel and
-- alloy filter keeps each table's primary key.
-- Only the web app reads them (the CRM dashboard, on the read replica when there is one).
CREATE VIEW orders.orders_by_day AS
  SELECT day, channel, alloy_code, status, orders, booked_orders, booked_cents
  FROM orders.order_day_rollups;--> statement-breakpoint
CREATE VIEW orders.status_stays_by_day AS
  SELECT day, channel, alloy_code, status, stays, total_seconds
  FROM orders.order_status_time_rollups;--> statement-breakpoint
REVOKE ALL ON orders.orders_by_day, orders.status_stays_by_day
  FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON orders.orders_by_day, orders.status_stays_by_day TO facet_web;--> statement-breakpoint
--
-- The CRM publishes the approval rules in force as pricing applies them to a just-priced order: a
-- rule's kind, its partner and the partner's name (which the order's timeline names), its price limit
-- and when it was made (the oldest matching rule wins). Not who made it, nor the rules switched off.
-- The CRM makes partners as well as rules, so it publishes the partner's name with its rule: a left
-- join on partners' primary key, the rules filtered by approval_rules_active_idx as before.
-- Only the worker reads it: orders are priced by its price-order and partner-price-order jobs (the
-- canary's orders too), never by the web app, the partner API or the sandbox, which only queue them.
CREATE VIEW crm.active_approval_rules AS
  SELECT r.id, r.kind, r.partner_id, p.name AS partner_name, r.max_total_cents, r.created_at
  FROM crm.approval_rules r
  LEFT JOIN partners.partners p ON p.id = r.partner_id
  WHERE r.active;--> statement-breakpoint
REVOKE ALL ON crm.active_approval_rules FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON crm.active_approval_rules TO facet_worker;--> statement-breakpoint
--
-- The partners publish an order's webhook deliveries as the flight recorder shows them: each delivery
-- with its event and the endpoint's URL (not its secret or the payload), and each attempt with its
-- answer, error and time. The deliveries join their endpoint on its primary key and are found by order
-- with webhook_deliveries_order_idx; the attempts are a plain select-project, found by delivery with
-- webhook_attempts_delivery_idx.
-- Only the web app reads them (the CRM's flight recorder).
CREATE VIEW partners.webhook_delivery_log AS
  SELECT d.id, d.order_id, d.event_type, e.url AS endpoint_url, d.created_at
  FROM partners.webhook_deliveries d
  JOIN partners.webhook_endpoints e ON e.id = d.endpoint_id;--> statement-breakpoint
CREATE VIEW partners.webhook_attempt_log AS
  SELECT id, delivery_id, attempt, status_code, error, duration_ms, created_at
  FROM partners.webhook_attempts;--> statement-breakpoint
REVOKE ALL ON partners.webhook_delivery_log, partners.webhook_attempt_log
  FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON partners.webhook_delivery_log, partners.webhook_attempt_log TO facet_web;
