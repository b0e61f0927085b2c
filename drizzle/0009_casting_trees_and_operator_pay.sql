CREATE TYPE "public"."casting_tree_status" AS ENUM('OPEN', 'CAST');--> statement-breakpoint
CREATE TYPE "public"."pay_rate_kind" AS ENUM('per_order', 'work_share');--> statement-breakpoint
CREATE TABLE "casting_tree_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "casting_tree_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tree_id" uuid NOT NULL,
	"type" text NOT NULL,
	"order_id" uuid,
	"actor_name" text NOT NULL,
	"message" text NOT NULL,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "casting_tree_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tree_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_reason" text
);
--> statement-breakpoint
CREATE TABLE "casting_trees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"flask_number" integer NOT NULL,
	"status" "casting_tree_status" DEFAULT 'OPEN' NOT NULL,
	"alloy_id" uuid NOT NULL,
	"alloy_code" text NOT NULL,
	"operator_id" uuid NOT NULL,
	"wax_weight_g" numeric(10, 2),
	"wax_ratio" numeric(6, 3),
	"sprue_allowance_g" numeric(10, 2),
	"metal_to_issue_g" numeric(10, 2),
	"metal_issued_g" numeric(10, 2),
	"returned_pieces_g" numeric(10, 2),
	"returned_button_g" numeric(10, 2),
	"returned_scrap_g" numeric(10, 2),
	"loss_g" numeric(10, 2),
	"price_per_gram_cents" integer,
	"cast_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operator_pay_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" "pay_rate_kind" NOT NULL,
	"per_order_cents" integer DEFAULT 0 NOT NULL,
	"work_share_pct" numeric(5, 2) DEFAULT 0 NOT NULL,
	"set_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alloys" ADD COLUMN "wax_ratio" numeric(6, 3) DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "alloys" ADD COLUMN "sprue_allowance_g" numeric(8, 2) DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "casting_tree_events" ADD CONSTRAINT "casting_tree_events_tree_id_casting_trees_id_fk" FOREIGN KEY ("tree_id") REFERENCES "public"."casting_trees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casting_tree_events" ADD CONSTRAINT "casting_tree_events_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casting_tree_orders" ADD CONSTRAINT "casting_tree_orders_tree_id_casting_trees_id_fk" FOREIGN KEY ("tree_id") REFERENCES "public"."casting_trees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casting_tree_orders" ADD CONSTRAINT "casting_tree_orders_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casting_trees" ADD CONSTRAINT "casting_trees_alloy_id_alloys_id_fk" FOREIGN KEY ("alloy_id") REFERENCES "public"."alloys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casting_trees" ADD CONSTRAINT "casting_trees_operator_id_users_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_pay_rates" ADD CONSTRAINT "operator_pay_rates_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "casting_tree_events_tree_idx" ON "casting_tree_events" USING btree ("tree_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "casting_tree_orders_current_key" ON "casting_tree_orders" USING btree ("order_id") WHERE "casting_tree_orders"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "casting_tree_orders_tree_idx" ON "casting_tree_orders" USING btree ("tree_id","added_at");--> statement-breakpoint
CREATE UNIQUE INDEX "casting_trees_open_flask_key" ON "casting_trees" USING btree ("flask_number") WHERE "casting_trees"."status" = 'OPEN';--> statement-breakpoint
CREATE INDEX "casting_trees_operator_idx" ON "casting_trees" USING btree ("operator_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "casting_trees_operator_cast_idx" ON "casting_trees" USING btree ("operator_id","cast_at") WHERE "casting_trees"."status" = 'CAST';--> statement-breakpoint
CREATE INDEX "operator_pay_rates_created_idx" ON "operator_pay_rates" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "order_events_finished_by_idx" ON "order_events" USING btree ("actor_user_id","created_at") WHERE "order_events"."to_status" = 'MANUFACTURING_COMPLETED' and "order_events"."type" = 'status_changed';--> statement-breakpoint
-- A gram of wax becomes about its alloy's density in grams of metal (casting wax is ~1 g/cm³).
UPDATE "alloys" SET "wax_ratio" = "density_g_per_cm3";
