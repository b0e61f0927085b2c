-- One schema per bounded context (README: Architecture, the context map). `SET SCHEMA` moves a table
-- with its rows, indexes, constraints, triggers and identity sequence; nothing is copied.
CREATE SCHEMA "identity";--> statement-breakpoint
CREATE SCHEMA "catalog";--> statement-breakpoint
CREATE SCHEMA "models";--> statement-breakpoint
CREATE SCHEMA "orders";--> statement-breakpoint
CREATE SCHEMA "crm";--> statement-breakpoint
CREATE SCHEMA "production";--> statement-breakpoint
CREATE SCHEMA "partners";--> statement-breakpoint
CREATE SCHEMA "platform";--> statement-breakpoint
ALTER TABLE "public"."users" SET SCHEMA "identity";--> statement-breakpoint
ALTER TABLE "public"."alloys" SET SCHEMA "catalog";--> statement-breakpoint
ALTER TABLE "public"."alloy_price_history" SET SCHEMA "catalog";--> statement-breakpoint
ALTER TABLE "public"."alloy_design_rule_history" SET SCHEMA "catalog";--> statement-breakpoint
ALTER TABLE "public"."stone_prices" SET SCHEMA "catalog";--> statement-breakpoint
ALTER TABLE "public"."models" SET SCHEMA "models";--> statement-breakpoint
ALTER TABLE "public"."model_analyses" SET SCHEMA "models";--> statement-breakpoint
ALTER TABLE "public"."orders" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."order_items" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."order_events" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."order_status_counts" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."order_day_rollups" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."order_status_time_rollups" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."sla_breaches" SET SCHEMA "orders";--> statement-breakpoint
ALTER TABLE "public"."clients" SET SCHEMA "crm";--> statement-breakpoint
ALTER TABLE "public"."contacts" SET SCHEMA "crm";--> statement-breakpoint
ALTER TABLE "public"."client_notes" SET SCHEMA "crm";--> statement-breakpoint
ALTER TABLE "public"."approval_rules" SET SCHEMA "crm";--> statement-breakpoint
ALTER TABLE "public"."claims" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."production_notes" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."casting_trees" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."casting_tree_orders" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."casting_tree_events" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."operator_pay_rates" SET SCHEMA "production";--> statement-breakpoint
ALTER TABLE "public"."partners" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."api_keys" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."webhook_endpoints" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."webhook_deliveries" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."webhook_attempts" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."idempotency_records" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."api_requests" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."webhook_allow_lists" SET SCHEMA "partners";--> statement-breakpoint
ALTER TABLE "public"."outbox" SET SCHEMA "platform";--> statement-breakpoint
ALTER TABLE "public"."job_runs" SET SCHEMA "platform";--> statement-breakpoint
ALTER TABLE "public"."canary_runs" SET SCHEMA "platform";--> statement-breakpoint
-- Drizzle names every table with its schema. The trigger functions (still in `public`, beside the
-- enums) and hand-written SQL name tables alone, so the database's search path lists the contexts.
DO $$
BEGIN
  EXECUTE format(
    'ALTER DATABASE %I SET search_path = "$user", public, identity, catalog, models, orders, crm, production, partners, platform',
    current_database()
  );
END
$$;--> statement-breakpoint
SET search_path = "$user", public, identity, catalog, models, orders, crm, production, partners, platform;--> statement-breakpoint
-- A database role per process (README: Architecture, database roles). Roles belong to the whole
-- server, so a role another database made already is kept; the grants below are this database's.
DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY['facet_web', 'facet_partner_api', 'facet_worker', 'facet_realtime'] LOOP
    BEGIN
      EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;
    END;
  END LOOP;
END
$$;--> statement-breakpoint
-- The web app: the shop, the CRM, the console and the admin write their contexts; of the platform it
-- adds outbox rows and reads the jobs' and canaries' runs for the admin's health page.
GRANT USAGE ON SCHEMA identity, catalog, models, orders, crm, production, partners, platform TO facet_web;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity, catalog, models, orders, crm, production, partners TO facet_web;--> statement-breakpoint
GRANT SELECT, INSERT ON platform.outbox TO facet_web;--> statement-breakpoint
GRANT SELECT ON platform.job_runs, platform.canary_runs TO facet_web;--> statement-breakpoint
-- The partner API: partners' models and orders, its own key's last use, idempotency records, request
-- log, webhook endpoints and the deliveries an order change makes; it never writes people, prices,
-- the CRM or the casting floor, and never reads users (password hashes live there).
GRANT USAGE ON SCHEMA catalog, models, orders, crm, production, partners, platform TO facet_partner_api;--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA catalog, models, orders, crm, production, partners TO facet_partner_api;--> statement-breakpoint
GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA models, orders TO facet_partner_api;--> statement-breakpoint
GRANT UPDATE (last_used_at) ON partners.api_keys TO facet_partner_api;--> statement-breakpoint
GRANT INSERT, UPDATE ON partners.idempotency_records TO facet_partner_api;--> statement-breakpoint
GRANT INSERT ON partners.api_requests TO facet_partner_api;--> statement-breakpoint
-- Deliveries are made when an order changes, and go with an endpoint the partner deletes.
GRANT INSERT, DELETE ON partners.webhook_deliveries TO facet_partner_api;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON partners.webhook_endpoints TO facet_partner_api;--> statement-breakpoint
GRANT INSERT ON platform.outbox TO facet_partner_api;--> statement-breakpoint
-- The worker: analyses, pricing, the outbox relay, webhook deliveries, the watchdog, the canary and
-- retention; it reads everything and never writes people, prices or the casting floor.
GRANT USAGE ON SCHEMA identity, catalog, models, orders, crm, production, partners, platform TO facet_worker;--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA identity, catalog, models, orders, crm, production, partners, platform TO facet_worker;--> statement-breakpoint
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA models, orders, crm, partners, platform TO facet_worker;--> statement-breakpoint
-- The realtime server reads who is watching and what they may see; it writes nothing.
GRANT USAGE ON SCHEMA identity, catalog, models, orders, crm, production TO facet_realtime;--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA identity, catalog, models, orders, crm, production TO facet_realtime;--> statement-breakpoint
-- Tables that later migrations add to a schema get that schema's grants; the partner API's
-- table-by-table rights are granted by the migration that adds a table it needs.
ALTER DEFAULT PRIVILEGES IN SCHEMA identity, catalog, models, orders, crm, production, partners GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO facet_web;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA catalog, models, orders, crm, production, partners GRANT SELECT ON TABLES TO facet_partner_api;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA models, orders GRANT INSERT, UPDATE ON TABLES TO facet_partner_api;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA identity, catalog, models, orders, crm, production, partners, platform GRANT SELECT ON TABLES TO facet_worker;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA models, orders, crm, partners, platform GRANT INSERT, UPDATE, DELETE ON TABLES TO facet_worker;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA identity, catalog, models, orders, crm, production GRANT SELECT ON TABLES TO facet_realtime;
