-- The report rollups are striped like the status counts (0010): each key has up to 64 rows, and a
-- transaction adds to the stripe it holds (`order_status_counts_stripe()`), so concurrent changes of
-- orders of the same day, channel, alloy and status never wait on one another's rollup rows. The rows
-- already there become stripe 0; the reports sum the stripes.
ALTER TABLE "order_day_rollups" ADD COLUMN "stripe" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_status_time_rollups" ADD COLUMN "stripe" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_day_rollups" DROP CONSTRAINT "order_day_rollups_day_channel_alloy_code_status_pk";--> statement-breakpoint
ALTER TABLE "order_status_time_rollups" DROP CONSTRAINT "order_status_time_rollups_day_channel_alloy_code_status_pk";--> statement-breakpoint
ALTER TABLE "order_day_rollups" ADD CONSTRAINT "order_day_rollups_day_channel_alloy_code_status_stripe_pk" PRIMARY KEY("day","channel","alloy_code","status","stripe");--> statement-breakpoint
ALTER TABLE "order_status_time_rollups" ADD CONSTRAINT "order_status_time_rollups_day_channel_alloy_code_status_stripe_pk" PRIMARY KEY("day","channel","alloy_code","status","stripe");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "order_day_rollups_apply"("o" "orders", "sign" integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "order_day_rollups" AS r
    ("day", "channel", "alloy_code", "status", "stripe", "orders", "total_cents", "booked_orders", "booked_cents")
  VALUES (
    "order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), o."status",
    "order_status_counts_stripe"(),
    "sign", "sign" * coalesce(o."total_cents", 0),
    CASE WHEN "order_is_booked"(o."status", o."held_from_status") THEN "sign" ELSE 0 END,
    CASE WHEN "order_is_booked"(o."status", o."held_from_status") THEN "sign" * coalesce(o."total_cents", 0) ELSE 0 END)
  ON CONFLICT ("day", "channel", "alloy_code", "status", "stripe") DO UPDATE SET
    "orders" = r."orders" + excluded."orders",
    "total_cents" = r."total_cents" + excluded."total_cents",
    "booked_orders" = r."booked_orders" + excluded."booked_orders",
    "booked_cents" = r."booked_cents" + excluded."booked_cents"
$$;
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
  SELECT "created_at", "channel", "alloy_code", "is_canary" INTO o FROM "orders" WHERE "id" = NEW."order_id";
  IF NOT FOUND OR o."is_canary" THEN RETURN NULL; END IF;
  INSERT INTO "order_status_time_rollups" AS r ("day", "channel", "alloy_code", "status", "stripe", "stays", "total_seconds")
  VALUES ("order_report_day"(o."created_at"), o."channel", coalesce(o."alloy_code", ''), NEW."from_status",
    "order_status_counts_stripe"(), 1, extract(epoch from NEW."created_at" - entered))
  ON CONFLICT ("day", "channel", "alloy_code", "status", "stripe") DO UPDATE SET
    "stays" = r."stays" + 1,
    "total_seconds" = r."total_seconds" + excluded."total_seconds";
  RETURN NULL;
END;
$$;
