-- Counts of orders by status, kept in step by a trigger so no screen ever counts the whole table.
INSERT INTO "order_status_counts" ("status", "count")
SELECT s, 0 FROM unnest(enum_range(NULL::"order_status")) AS s
ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "order_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "order_status_counts" SET "count" = "count" - 1 WHERE "status" = OLD."status";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "order_status_counts" SET "count" = "count" + 1 WHERE "status" = NEW."status";
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "orders_status_counts_insert_delete" AFTER INSERT OR DELETE ON "orders"
FOR EACH ROW EXECUTE FUNCTION "order_status_counts_track"();
--> statement-breakpoint
CREATE TRIGGER "orders_status_counts_update" AFTER UPDATE OF "status" ON "orders"
FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "order_status_counts_track"();
