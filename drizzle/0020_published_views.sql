-- The views each context publishes for the others to read (README: Architecture, published views).
-- A context's own code reads and writes its tables; another context reads only these: simple
-- select-project views, which the planner inlines, so a query through one keeps its plan and its
-- indexes. The processes' roles may only read them (the schemas' default privileges would also let
-- the web app write through a simple view), and only the roles that read the owner's schema.
CREATE VIEW identity.people AS
  SELECT id, name, email, role FROM identity.users;--> statement-breakpoint
REVOKE ALL ON identity.people FROM facet_web, facet_partner_api, facet_worker, facet_realtime;--> statement-breakpoint
GRANT SELECT ON identity.people TO facet_web, facet_worker, facet_realtime;
