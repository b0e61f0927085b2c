-- The views each context publishes for the others to read (README: Architecture, published views).
-- A context's own code reads and writes its tables; another context reads only these: simple
-- select-project views, which the planner inlines, so a query through one keeps its plan and its
-- indexes. The processes' roles may only read them (the schemas' default privileges would also let
-- the web app write through a simple view), and only the roles that read the owner's schema.
CREATE VIEW identity.people AS
  SELECT id, name, email, role FROM identity.users;--> statement-breakpoint
REVOKE ALL ON identity.people FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON identity.people TO facet_web, facet_worker, facet_realtime;
--> statement-breakpoint
CREATE VIEW orders.order_summaries AS
  SELECT id, number, status, version, channel, customer_user_id, client_id, partner_id, external_ref, mode,
    alloy_code, currency, total_cents, lead_time_days, promised_at, status_reason, held_from_status, claimed_by_id,
    claimed_at,
    status_changed_at, off_books, created_at
  FROM orders.orders;--> statement-breakpoint
CREATE VIEW orders.order_lines AS
  SELECT id, order_id, position, model_id, alloy_code, finish, ring_size, scale, quantity, engraving,
    unit_price_cents, currency, price_breakdown, castability, castability_risk_accepted
  FROM orders.order_items;--> statement-breakpoint
CREATE VIEW orders.order_timeline AS
  SELECT id, order_id, version, type, from_status, to_status, actor_kind, actor_user_id, actor_partner_id,
    actor_name, reason, data, created_at
  FROM orders.order_events;--> statement-breakpoint
REVOKE ALL ON orders.order_summaries, orders.order_lines, orders.order_timeline
  FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON orders.order_summaries, orders.order_lines, orders.order_timeline
  TO facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
CREATE VIEW models.model_summaries AS
  SELECT id, original_name, format, size_bytes, status, analysis, preview_glb_key, preview_png_key, updated_at
  FROM models.models;--> statement-breakpoint
REVOKE ALL ON models.model_summaries FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON models.model_summaries TO facet_web, facet_partner_api, facet_worker, facet_realtime;
