-- The day rollups' upsert, once a SQL function, is a PL/pgSQL one: a SQL function that cannot be
-- inlined (this one writes) is parsed and planned again at every call, which made it most of the
-- database's time in an order's creation and pricing (about 1 ms a call, once per new order and twice
-- per status change). PL/pgSQL keeps the statement's plan for the life of the connection. Same rows,
-- same stripes, same order of locks.
CREATE OR REPLACE FUNCTION "order_day_rollups_apply"("o" "orders"."orders", "sign" integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
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
    "booked_cents" = r."booked_cents" + excluded."booked_cents";
END;
$$;
