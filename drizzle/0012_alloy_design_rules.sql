CREATE TABLE "alloy_design_rule_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alloy_id" uuid NOT NULL,
	"design_rules" jsonb NOT NULL,
	"changed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "castability" jsonb;--> statement-breakpoint
ALTER TABLE "order_items" ADD COLUMN "castability_risk_accepted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "castability_risk_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "alloys" ADD COLUMN "design_rules" jsonb;--> statement-breakpoint
-- Every existing alloy starts with its metal's defaults (core/castability/design-rules.ts), silver's for another metal.
UPDATE "alloys" SET "design_rules" = CASE "metal"
	WHEN 'gold' THEN '{"minWallMm":0.6,"minWireMm":0.8,"minDetailMm":0.3,"maxPieceMm":120}'::jsonb
	WHEN 'platinum' THEN '{"minWallMm":0.8,"minWireMm":1,"minDetailMm":0.35,"maxPieceMm":80}'::jsonb
	ELSE '{"minWallMm":0.8,"minWireMm":1,"minDetailMm":0.35,"maxPieceMm":120}'::jsonb
END;--> statement-breakpoint
ALTER TABLE "alloys" ALTER COLUMN "design_rules" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "alloy_design_rule_history" ADD CONSTRAINT "alloy_design_rule_history_alloy_id_alloys_id_fk" FOREIGN KEY ("alloy_id") REFERENCES "public"."alloys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alloy_design_rule_history" ADD CONSTRAINT "alloy_design_rule_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alloy_design_rule_history_alloy_idx" ON "alloy_design_rule_history" USING btree ("alloy_id","created_at" DESC NULLS FIRST);