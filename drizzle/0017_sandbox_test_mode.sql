-- The sandbox (README: Partner API, Sandbox). API keys, webhook endpoints, models and orders get a mode,
-- live (everything there was: the defaults) or test. A test order, like a canary, is off the books:
-- `off_books` is the one column the workshop's readers and the counting triggers below skip.
CREATE TYPE "public"."api_mode" AS ENUM('live', 'test');--> statement-breakpoint
DROP INDEX "orders_unfinished_created_idx";--> statement-breakpoint
DROP INDEX "orders_watched_idx";--> statement-breakpoint
DROP INDEX "orders_promised_idx";--> statement-breakpoint
DROP INDEX "orders_partner_created_idx";--> statement-breakpoint
DROP INDEX "orders_partner_change_idx";--> statement-breakpoint
DROP INDEX "orders_partner_ref_key";--> statement-breakpoint
ALTER TABLE "models" ADD COLUMN "mode" "api_mode" DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "mode" "api_mode" DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "off_books" boolean GENERATED ALWAYS AS (is_canary or mode = 'test') STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "mode" "api_mode" DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN "mode" "api_mode" DEFAULT 'live' NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_unfinished_created_idx" ON "orders" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"promised_at","off_books") WHERE "orders"."status" not in ('SHIPPED', 'CLOSED', 'REJECTED', 'CANCELLED');--> statement-breakpoint
CREATE INDEX "orders_watched_idx" ON "orders" USING btree ("status","status_changed_at","id","promised_at","off_books") WHERE "orders"."status" in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'ON_HOLD');--> statement-breakpoint
CREATE INDEX "orders_promised_idx" ON "orders" USING btree ("promised_at","id","status","status_changed_at","off_books") WHERE "orders"."promised_at" is not null and "orders"."status" in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'ON_HOLD');--> statement-breakpoint
CREATE INDEX "orders_partner_created_idx" ON "orders" USING btree ("partner_id","mode","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_partner_change_idx" ON "orders" USING btree ("partner_id","mode","change_number","id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_partner_ref_key" ON "orders" USING btree ("partner_id","mode","external_ref");--> statement-breakpoint
CREATE INDEX "orders_sandbox_idx" ON "orders" USING btree ("status_changed_at") WHERE "orders"."mode" = 'test' and "orders"."status" in ('PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING');
--> statement-breakpoint
-- Off-books orders (canaries, sandbox orders) are not business: the status counts skip them.
CREATE OR REPLACE FUNCTION "order_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  chosen_stripe smallint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD."off_books" THEN
    chosen_stripe := "order_status_counts_stripe"();
    INSERT INTO "order_status_counts" AS c ("status", "stripe", "count") VALUES (OLD."status", chosen_stripe, -1)
    ON CONFLICT ("status", "stripe") DO UPDATE SET "count" = c."count" - 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW."off_books" THEN
    chosen_stripe := coalesce(chosen_stripe, "order_status_counts_stripe"());
    INSERT INTO "order_status_counts" AS c ("status", "stripe", "count") VALUES (NEW."status", chosen_stripe, 1)
    ON CONFLICT ("status", "stripe") DO UPDATE SET "count" = c."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- …nor do the report rollups (the dashboard, revenue).
CREATE OR REPLACE FUNCTION "order_day_rollups_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT NEW."off_books" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT OLD."off_books" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
  -- The two rows are locked in key order, so concurrent changes never wait on each other in a circle.
  ELSIF ROW("order_report_day"(OLD."created_at"), OLD."channel", coalesce(OLD."alloy_code", ''), OLD."status")
      <= ROW("order_report_day"(NEW."created_at"), NEW."channel", coalesce(NEW."alloy_code", ''), NEW."status") THEN
    IF NOT OLD."off_books" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
    IF NOT NEW."off_books" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
  ELSE
    IF NOT NEW."off_books" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
    IF NOT OLD."off_books" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
DROP TRIGGER "orders_day_rollups_update" ON "orders";
--> statement-breakpoint
CREATE TRIGGER "orders_day_rollups_update" AFTER UPDATE ON "orders"
FOR EACH ROW WHEN (
  OLD."status" IS DISTINCT FROM NEW."status"
  OR OLD."held_from_status" IS DISTINCT FROM NEW."held_from_status"
  OR OLD."total_cents" IS DISTINCT FROM NEW."total_cents"
  OR OLD."alloy_code" IS DISTINCT FROM NEW."alloy_code"
  OR OLD."channel" IS DISTINCT FROM NEW."channel"
  OR OLD."created_at" IS DISTINCT FROM NEW."created_at"
  OR OLD."off_books" IS DISTINCT FROM NEW."off_books")
EXECUTE FUNCTION "order_day_rollups_track"();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "order_status_time_rollups_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entered timestamptz;
  o record;
BEGIN
  SELECT e."created_at" INTO entered FROM "order_events" e
  WHERE e."order_id" = NEW."order_id" AND e."version" < NEW."version" AND e."type" IN ('created', 'status_changed')
  ORDER BY e."version" DESC LIMIT 1;
  IF entered IS NULL THEN RETURN NULL; END IF;
  SELECT "created_at", "channel", "alloy_code", "off_books" INTO o FROM "orders" WHERE "id" = NEW."order_id";
  IF NOT FOUND OR o."off_books" THEN RETURN NULL; END IF;
  INSERT INTO "order_status_time_rollups" AS r ("day", "channel", "alloy_code", "status", "stripe", "stays", "total_seconds")
  VALUES ("order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), NEW."from_status",
    "order_status_counts_stripe"(), 1, extract(epoch from NEW."created_at" - entered))
  ON CONFLICT ("day", "channel", "alloy_code", "status", "stripe") DO UPDATE SET
    "stays" = r."stays" + 1,
    "total_seconds" = r."total_seconds" + excluded."total_seconds";
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "rebuild_order_rollups"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "order_day_rollups";
  INSERT INTO "order_day_rollups"
    ("day", "channel", "alloy_code", "status", "orders", "total_cents", "booked_orders", "booked_cents")
  SELECT "order_report_day"("created_at"), "channel", coalesce("alloy_code", ''), "status",
    count(*), coalesce(sum("total_cents"), 0),
    count(*) FILTER (WHERE "order_is_booked"("status", "held_from_status")),
    coalesce(sum("total_cents") FILTER (WHERE "order_is_booked"("status", "held_from_status")), 0)
  FROM "orders" WHERE NOT "off_books"
  GROUP BY 1, 2, 3, 4;
  DELETE FROM "order_status_time_rollups";
  INSERT INTO "order_status_time_rollups" ("day", "channel", "alloy_code", "status", "stays", "total_seconds")
  SELECT "order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), s."from_status",
    count(*), sum(extract(epoch from s."created_at" - s."entered_at"))
  FROM (
    SELECT e."order_id", e."type", e."from_status", e."created_at",
      lag(e."created_at") OVER (PARTITION BY e."order_id" ORDER BY e."version") AS "entered_at"
    FROM "order_events" e WHERE e."type" IN ('created', 'status_changed')
  ) s
  JOIN "orders" o ON o."id" = s."order_id" AND NOT o."off_books"
  WHERE s."type" = 'status_changed' AND s."from_status" IS NOT NULL AND s."entered_at" IS NOT NULL
  GROUP BY 1, 2, 3, 4;
$$;
