CREATE TYPE "public"."canary_run_status" AS ENUM('running', 'ok', 'late', 'failed');--> statement-breakpoint
CREATE TABLE "canary_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" "canary_run_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"next_due_at" timestamp with time zone NOT NULL,
	"order_id" uuid,
	"model_id" uuid,
	"arrived_at" timestamp with time zone,
	"reported_at" timestamp with time zone,
	"error" text,
	"files_removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sla_breaches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"status" "order_status" NOT NULL,
	"status_entered_at" timestamp with time zone NOT NULL,
	"limit_s" integer NOT NULL,
	"flagged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"event_version" integer,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "is_canary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "is_canary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "is_canary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "canary_runs" ADD CONSTRAINT "canary_runs_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_breaches" ADD CONSTRAINT "sla_breaches_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "canary_runs_started_idx" ON "canary_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "canary_runs_open_idx" ON "canary_runs" USING btree ("started_at") WHERE "canary_runs"."status" = 'running' or ("canary_runs"."status" = 'late' and "canary_runs"."arrived_at" is null);--> statement-breakpoint
CREATE INDEX "canary_runs_files_idx" ON "canary_runs" USING btree ("started_at") WHERE "canary_runs"."files_removed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "sla_breaches_stay_key" ON "sla_breaches" USING btree ("order_id","status","status_entered_at");--> statement-breakpoint
CREATE INDEX "sla_breaches_unresolved_idx" ON "sla_breaches" USING btree ("flagged_at") WHERE "sla_breaches"."resolved_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "clients_canary_key" ON "clients" USING btree ("is_canary") WHERE "clients"."is_canary";--> statement-breakpoint
CREATE UNIQUE INDEX "partners_canary_key" ON "partners" USING btree ("is_canary") WHERE "partners"."is_canary";--> statement-breakpoint
-- Canary orders are not business: the status counts (dashboards, the console's tabs, metrics) skip them.
CREATE OR REPLACE FUNCTION "order_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF NOT OLD."is_canary" THEN
      UPDATE "order_status_counts" SET "count" = "count" - 1 WHERE "status" = OLD."status";
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NOT NEW."is_canary" THEN
      UPDATE "order_status_counts" SET "count" = "count" + 1 WHERE "status" = NEW."status";
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
