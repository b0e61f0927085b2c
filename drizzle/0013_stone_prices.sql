CREATE TABLE "stone_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cut" text NOT NULL,
	"min_carats" numeric(6, 3) NOT NULL,
	"price_per_carat_cents" integer NOT NULL,
	"changed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stone_prices" ADD CONSTRAINT "stone_prices_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stone_prices_band_idx" ON "stone_prices" USING btree ("cut","min_carats","created_at" DESC NULLS LAST);--> statement-breakpoint
-- The starting table: lab-grown diamonds, per carat, by cut and carat band (an admin edits it at /admin/stones).
INSERT INTO "stone_prices" ("id", "cut", "min_carats", "price_per_carat_cents")
SELECT gen_random_uuid(), cut, band.min_carats, round(band.cents * cut_factor)::integer
FROM (VALUES ('round', 1.0), ('oval', 0.9), ('princess', 0.85), ('pear', 0.9)) AS cuts(cut, cut_factor)
CROSS JOIN (VALUES (0.000, 30000), (0.250, 40000), (0.500, 50000), (1.000, 60000), (2.000, 70000)) AS band(min_carats, cents);
