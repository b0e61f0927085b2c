-- The catalog publishes its alloys for the other contexts to read (README: Architecture, published
-- views): the orders, the shop, castability and casting price, judge and cast with an alloy's figures
-- as they are now. Every alloy, retired ones too (an order or a tree keeps its alloy), and only the
-- columns those readers use: not the metal, colour or sort order the catalogue pages show, nor when it
-- last changed. A plain select-project of alloys, so it is inlined and keeps alloys_code_unique.
-- The roles may only read it; only the processes that run those readers may: the web app (shop, CRM,
-- operators' console), the partner API (placing orders) and the worker (pricing, the canary's orders).
-- The realtime server reads no alloy.
CREATE VIEW catalog.current_alloys AS
  SELECT id, code, name, density_g_per_cm3, price_per_gram_cents, currency, casting_loss_pct, wax_ratio,
    sprue_allowance_g, work_rates, design_rules, active
  FROM catalog.alloys;--> statement-breakpoint
REVOKE ALL ON catalog.current_alloys FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON catalog.current_alloys TO facet_web, facet_partner_api, facet_worker;
