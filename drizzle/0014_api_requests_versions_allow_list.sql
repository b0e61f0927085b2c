CREATE TABLE "api_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partner_id" uuid,
	"api_key_id" uuid,
	"key_prefix" text,
	"mode" text DEFAULT 'live' NOT NULL,
	"method" text NOT NULL,
	"route" text NOT NULL,
	"status" integer NOT NULL,
	"duration_ms" integer NOT NULL,
	"request_id" text NOT NULL,
	"idempotency_key" text,
	"api_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_allow_lists" (
	"id" uuid PRIMARY KEY NOT NULL,
	"networks" text[] NOT NULL,
	"set_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "api_version" text DEFAULT '2026-12-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_requests" ADD CONSTRAINT "api_requests_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_allow_lists" ADD CONSTRAINT "webhook_allow_lists_set_by_id_users_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_requests_partner_idx" ON "api_requests" USING btree ("partner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "api_requests_created_idx" ON "api_requests" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "webhook_allow_lists_created_idx" ON "webhook_allow_lists" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
-- Every key may read its own request log (GET /api/v1/requests), as new keys may by default.
UPDATE "api_keys" SET "scopes" = array_append("scopes", 'requests:read') WHERE NOT ('requests:read' = ANY("scopes"));