-- What the system writes on timelines is kept as a catalogue message (key and params) beside its
-- English text, and said in each reader's language: an order's status reason here, a timeline event's
-- in order_events.data.message and casting_tree_events.data.message (no column needed), and why an
-- order left its casting tree. Rows from before have none and show their stored text.
ALTER TABLE "orders" ADD COLUMN "status_reason_message" jsonb;--> statement-breakpoint
ALTER TABLE "casting_tree_orders" ADD COLUMN "removed_message" jsonb;