-- An order whose models are all analysed is priced as it is placed, in the transaction that places it
-- (README: Where a partner order's time goes): by the partner API for a partner's order and by the web
-- app for the CRM's, no longer only by the worker's pricing jobs. Pricing applies the approval rules in
-- force, so the processes that place orders read the rules the CRM publishes for it. Still never the
-- realtime server.
GRANT SELECT ON crm.active_approval_rules TO facet_web, facet_partner_api;
