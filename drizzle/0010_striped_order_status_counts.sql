-- Striped status counts: each status has up to 64 counter rows (stripes); the count is their sum. The
-- rows already there become stripe 0, so the counts carry over unchanged.
ALTER TABLE "order_status_counts" ADD COLUMN "stripe" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "order_status_counts" DROP CONSTRAINT "order_status_counts_pkey";--> statement-breakpoint
ALTER TABLE "order_status_counts" ADD CONSTRAINT "order_status_counts_status_stripe_pk" PRIMARY KEY("status","stripe");--> statement-breakpoint
-- The stripe of the current transaction: chosen at its first counted write and kept till it ends. It
-- is one whose transaction-scoped advisory lock this transaction could take without waiting, so no two
-- running transactions add to the same counter rows and none queues behind another's row lock. Only
-- when all 64 are taken do transactions share one (and wait, as with a single counter row).
CREATE OR REPLACE FUNCTION "order_status_counts_stripe"() RETURNS smallint LANGUAGE plpgsql AS $$
DECLARE
  kept text := current_setting('facet.order_count_stripe', true);
  first_try integer := pg_backend_pid() % 64;
  candidate integer;
BEGIN
  IF kept IS NOT NULL AND kept <> '' THEN
    RETURN kept::smallint;
  END IF;
  FOR offset_by IN 0..63 LOOP
    candidate := (first_try + offset_by) % 64;
    IF pg_try_advisory_xact_lock(hashtext('order_status_counts'), candidate) THEN
      PERFORM set_config('facet.order_count_stripe', candidate::text, true);
      RETURN candidate;
    END IF;
  END LOOP;
  PERFORM set_config('facet.order_count_stripe', first_try::text, true);
  RETURN first_try;
END;
$$;
--> statement-breakpoint
-- Canary orders are not business: the status counts (dashboards, the console's tabs, metrics) skip them.
CREATE OR REPLACE FUNCTION "order_status_counts_track"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  chosen_stripe smallint;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD."is_canary" THEN
    chosen_stripe := "order_status_counts_stripe"();
    INSERT INTO "order_status_counts" AS c ("status", "stripe", "count") VALUES (OLD."status", chosen_stripe, -1)
    ON CONFLICT ("status", "stripe") DO UPDATE SET "count" = c."count" - 1;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW."is_canary" THEN
    chosen_stripe := coalesce(chosen_stripe, "order_status_counts_stripe"());
    INSERT INTO "order_status_counts" AS c ("status", "stripe", "count") VALUES (NEW."status", chosen_stripe, 1)
    ON CONFLICT ("status", "stripe") DO UPDATE SET "count" = c."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;
