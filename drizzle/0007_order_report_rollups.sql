CREATE TABLE "order_day_rollups" (
	"day" date NOT NULL,
	"channel" "order_channel" NOT NULL,
	"alloy_code" text NOT NULL,
	"status" "order_status" NOT NULL,
	"orders" bigint DEFAULT 0 NOT NULL,
	"total_cents" bigint DEFAULT 0 NOT NULL,
	"booked_orders" bigint DEFAULT 0 NOT NULL,
	"booked_cents" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "order_day_rollups_day_channel_alloy_code_status_pk" PRIMARY KEY("day","channel","alloy_code","status")
);
--> statement-breakpoint
CREATE TABLE "order_status_time_rollups" (
	"day" date NOT NULL,
	"channel" "order_channel" NOT NULL,
	"alloy_code" text NOT NULL,
	"status" "order_status" NOT NULL,
	"stays" bigint DEFAULT 0 NOT NULL,
	"total_seconds" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "order_status_time_rollups_day_channel_alloy_code_status_pk" PRIMARY KEY("day","channel","alloy_code","status")
);
--> statement-breakpoint
DROP INDEX "orders_customer_idx";--> statement-breakpoint
DROP INDEX "orders_client_idx";--> statement-breakpoint
CREATE INDEX "orders_total_idx" ON "orders" USING btree (coalesce("total_cents", -1) desc,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_unfinished_created_idx" ON "orders" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST,"promised_at","is_canary") WHERE "orders"."status" not in ('SHIPPED', 'CLOSED', 'REJECTED', 'CANCELLED');--> statement-breakpoint
CREATE INDEX "orders_watched_idx" ON "orders" USING btree ("status","status_changed_at","id","promised_at","is_canary") WHERE "orders"."status" in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'ON_HOLD');--> statement-breakpoint
CREATE INDEX "orders_promised_idx" ON "orders" USING btree ("promised_at","id","status","status_changed_at","is_canary") WHERE "orders"."promised_at" is not null and "orders"."status" in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'ON_HOLD');--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_user_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_client_idx" ON "orders" USING btree ("client_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);
--> statement-breakpoint
-- The day an order counts under in the reports: its creation, in the workshop's time zone.
CREATE OR REPLACE FUNCTION "order_report_day"("at" timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ("at" AT TIME ZONE 'Europe/Paris')::date $$;
--> statement-breakpoint
-- Sold: approved for production or further along, or on hold from there.
CREATE OR REPLACE FUNCTION "order_is_booked"("status" "order_status", "held_from" "order_status") RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT "status" IN ('MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'CLOSED')
    OR ("status" = 'ON_HOLD' AND "held_from" IN ('MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'CLOSED'))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "order_day_rollups_apply"("o" "orders", "sign" integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "order_day_rollups" AS r
    ("day", "channel", "alloy_code", "status", "orders", "total_cents", "booked_orders", "booked_cents")
  VALUES (
    "order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), o."status",
    "sign", "sign" * coalesce(o."total_cents", 0),
    CASE WHEN "order_is_booked"(o."status", o."held_from_status") THEN "sign" ELSE 0 END,
    CASE WHEN "order_is_booked"(o."status", o."held_from_status") THEN "sign" * coalesce(o."total_cents", 0) ELSE 0 END)
  ON CONFLICT ("day", "channel", "alloy_code", "status") DO UPDATE SET
    "orders" = r."orders" + excluded."orders",
    "total_cents" = r."total_cents" + excluded."total_cents",
    "booked_orders" = r."booked_orders" + excluded."booked_orders",
    "booked_cents" = r."booked_cents" + excluded."booked_cents"
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "order_day_rollups_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NOT NEW."is_canary" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF NOT OLD."is_canary" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
  -- The two rows are locked in key order, so concurrent changes never wait on each other in a circle.
  ELSIF ROW("order_report_day"(OLD."created_at"), OLD."channel", coalesce(OLD."alloy_code", ''), OLD."status")
      <= ROW("order_report_day"(NEW."created_at"), NEW."channel", coalesce(NEW."alloy_code", ''), NEW."status") THEN
    IF NOT OLD."is_canary" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
    IF NOT NEW."is_canary" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
  ELSE
    IF NOT NEW."is_canary" THEN PERFORM "order_day_rollups_apply"(NEW, 1); END IF;
    IF NOT OLD."is_canary" THEN PERFORM "order_day_rollups_apply"(OLD, -1); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "orders_day_rollups_insert_delete" AFTER INSERT OR DELETE ON "orders"
FOR EACH ROW EXECUTE FUNCTION "order_day_rollups_track"();
--> statement-breakpoint
CREATE TRIGGER "orders_day_rollups_update" AFTER UPDATE ON "orders"
FOR EACH ROW WHEN (
  OLD."status" IS DISTINCT FROM NEW."status"
  OR OLD."held_from_status" IS DISTINCT FROM NEW."held_from_status"
  OR OLD."total_cents" IS DISTINCT FROM NEW."total_cents"
  OR OLD."alloy_code" IS DISTINCT FROM NEW."alloy_code"
  OR OLD."channel" IS DISTINCT FROM NEW."channel"
  OR OLD."created_at" IS DISTINCT FROM NEW."created_at"
  OR OLD."is_canary" IS DISTINCT FROM NEW."is_canary")
EXECUTE FUNCTION "order_day_rollups_track"();
--> statement-breakpoint
-- A status change on the timeline closes the stay that began at the order's previous status event.
CREATE OR REPLACE FUNCTION "order_status_time_rollups_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  entered timestamptz;
  o record;
BEGIN
  SELECT e."created_at" INTO entered FROM "order_events" e
  WHERE e."order_id" = NEW."order_id" AND e."version" < NEW."version" AND e."type" IN ('created', 'status_changed')
  ORDER BY e."version" DESC LIMIT 1;
  IF entered IS NULL THEN RETURN NULL; END IF;
  SELECT "created_at", "channel", "alloy_code", "is_canary" INTO o FROM "orders" WHERE "id" = NEW."order_id";
  IF NOT FOUND OR o."is_canary" THEN RETURN NULL; END IF;
  INSERT INTO "order_status_time_rollups" AS r ("day", "channel", "alloy_code", "status", "stays", "total_seconds")
  VALUES ("order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), NEW."from_status", 1,
    extract(epoch from NEW."created_at" - entered))
  ON CONFLICT ("day", "channel", "alloy_code", "status") DO UPDATE SET
    "stays" = r."stays" + 1,
    "total_seconds" = r."total_seconds" + excluded."total_seconds";
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "order_events_status_time_rollups" AFTER INSERT ON "order_events"
FOR EACH ROW WHEN (NEW."type" = 'status_changed' AND NEW."from_status" IS NOT NULL)
EXECUTE FUNCTION "order_status_time_rollups_track"();
--> statement-breakpoint
-- Recomputes both reports from the orders and their timelines: the backfill below, and after a bulk
-- load that ran with the triggers off (the seed).
CREATE OR REPLACE FUNCTION "rebuild_order_rollups"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM "order_day_rollups";
  INSERT INTO "order_day_rollups"
    ("day", "channel", "alloy_code", "status", "orders", "total_cents", "booked_orders", "booked_cents")
  SELECT "order_report_day"("created_at"), "channel", coalesce("alloy_code", ''), "status",
    count(*), coalesce(sum("total_cents"), 0),
    count(*) FILTER (WHERE "order_is_booked"("status", "held_from_status")),
    coalesce(sum("total_cents") FILTER (WHERE "order_is_booked"("status", "held_from_status")), 0)
  FROM "orders" WHERE NOT "is_canary"
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
  JOIN "orders" o ON o."id" = s."order_id" AND NOT o."is_canary"
  WHERE s."type" = 'status_changed' AND s."from_status" IS NOT NULL AND s."entered_at" IS NOT NULL
  GROUP BY 1, 2, 3, 4;
$$;
--> statement-breakpoint
SELECT "rebuild_order_rollups"();
