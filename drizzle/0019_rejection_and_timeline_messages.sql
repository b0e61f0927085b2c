-- A model the parser refused keeps the refusal as a catalogue message (key and params), said in each
-- reader's language; rejection_reason keeps its English text. What the system writes on timelines is
-- kept the same way beside its English text: an order's status reason here, a timeline event's in
-- order_events.data.message and casting_tree_events.data.message (no column needed), and why an order
-- left its casting tree. Rows from before have no message and show their stored text.
ALTER TABLE "models"."model_analyses" ADD COLUMN "rejection_message" jsonb;--> statement-breakpoint
ALTER TABLE "models"."models" ADD COLUMN "rejection_message" jsonb;--> statement-breakpoint
ALTER TABLE "orders"."orders" ADD COLUMN "status_reason_message" jsonb;--> statement-breakpoint
ALTER TABLE "production"."casting_tree_orders" ADD COLUMN "removed_message" jsonb;
