-- The models publish a model as the orders, the shop and the partner API read it (README: Architecture,
-- published views): whose it is and in which mode, so an order takes only the buyer's own models; its
-- name, format, size and hash, status, analysis, why it was refused (the English text and the catalogue
-- message), its PNG preview's key (whether the preview is ready), its constructor design (pricing
-- prices its stone) and when it was uploaded. Not its file or its 3D preview, which only the models'
-- own routes serve.
-- A second view rather than a wider model_summaries: that one is the workshop cards' glance at a model,
-- published without its owner or design and read by the realtime server too (the pool's cards), which
-- has no use for who owns a model or why it was refused. One view rather than several narrow ones: a
-- shopper's models are listed by owner, newest first (models_owner_idx), and an order checks a model's
-- owner, status and refusal in one row; split, each read would join models to itself.
-- A plain select-project of models, so it is inlined and keeps models_pkey and models_owner_idx.
-- The roles may only read it; only the processes that run those readers may: the web app (the shop's
-- cart, check-out, models and orders; the CRM's orders), the partner API (placing orders) and the
-- worker (pricing, the canary's orders). The realtime server reads none of them.
CREATE VIEW models.model_details AS
  SELECT id, owner_user_id, partner_id, mode, original_name, format, size_bytes, sha256, status, analysis,
    rejection_reason, rejection_message, preview_png_key, design, created_at
  FROM models.models;--> statement-breakpoint
REVOKE ALL ON models.model_details FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON models.model_details TO facet_web, facet_partner_api, facet_worker;
