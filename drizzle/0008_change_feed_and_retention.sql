DROP INDEX "orders_partner_updated_idx";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "change_number" bigint DEFAULT pg_current_xact_id()::text::bigint NOT NULL;--> statement-breakpoint
CREATE INDEX "orders_partner_change_idx" ON "orders" USING btree ("partner_id","change_number","id");--> statement-breakpoint
CREATE INDEX "orders_canary_idx" ON "orders" USING btree ("updated_at") WHERE "orders"."is_canary";--> statement-breakpoint
CREATE INDEX "webhook_deliveries_settled_idx" ON "webhook_deliveries" USING btree ("created_at") WHERE "webhook_deliveries"."status" <> 'pending';--> statement-breakpoint
-- The change number is the id of the transaction that made the change (see the README's change feed).
CREATE FUNCTION "orders_stamp_change_number"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."change_number" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "orders_change_number" BEFORE UPDATE ON "orders"
FOR EACH ROW WHEN (OLD."version" IS DISTINCT FROM NEW."version") EXECUTE FUNCTION "orders_stamp_change_number"();
