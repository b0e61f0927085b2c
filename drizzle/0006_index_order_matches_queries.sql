DROP INDEX "client_notes_client_idx";--> statement-breakpoint
DROP INDEX "clients_created_idx";--> statement-breakpoint
DROP INDEX "models_owner_idx";--> statement-breakpoint
DROP INDEX "models_partner_idx";--> statement-breakpoint
DROP INDEX "orders_pool_idx";--> statement-breakpoint
DROP INDEX "orders_pool_alloy_idx";--> statement-breakpoint
DROP INDEX "orders_claimed_idx";--> statement-breakpoint
DROP INDEX "orders_status_created_idx";--> statement-breakpoint
DROP INDEX "orders_created_idx";--> statement-breakpoint
DROP INDEX "orders_customer_idx";--> statement-breakpoint
DROP INDEX "orders_client_idx";--> statement-breakpoint
DROP INDEX "orders_partner_created_idx";--> statement-breakpoint
DROP INDEX "webhook_deliveries_endpoint_idx";--> statement-breakpoint
DROP INDEX "alloy_price_history_alloy_idx";--> statement-breakpoint
DROP INDEX "claims_operator_idx";--> statement-breakpoint
CREATE INDEX "client_notes_client_idx" ON "client_notes" USING btree ("client_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "clients_created_idx" ON "clients" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "models_owner_idx" ON "models" USING btree ("owner_user_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "models_partner_idx" ON "models" USING btree ("partner_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_pool_idx" ON "orders" USING btree ("status_changed_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "orders"."status" = 'MANUFACTURING_APPROVED';--> statement-breakpoint
CREATE INDEX "orders_pool_alloy_idx" ON "orders" USING btree ("alloy_code","status_changed_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "orders"."status" = 'MANUFACTURING_APPROVED';--> statement-breakpoint
CREATE INDEX "orders_claimed_idx" ON "orders" USING btree ("claimed_by_id","status_changed_at" DESC NULLS FIRST) WHERE "orders"."status" in ('MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING');--> statement-breakpoint
CREATE INDEX "orders_status_created_idx" ON "orders" USING btree ("status","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("customer_user_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_client_idx" ON "orders" USING btree ("client_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "orders_partner_created_idx" ON "orders" USING btree ("partner_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "webhook_deliveries_endpoint_idx" ON "webhook_deliveries" USING btree ("endpoint_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "alloy_price_history_alloy_idx" ON "alloy_price_history" USING btree ("alloy_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "claims_operator_idx" ON "claims" USING btree ("operator_id","claimed_at" DESC NULLS FIRST);