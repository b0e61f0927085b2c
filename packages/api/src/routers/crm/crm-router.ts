import { createTRPCRouter } from '../../trpc';
import { approvalRulesRouter } from './approval-rules-router';
import { clientsRouter } from './clients-router';
import { crmPartnersRouter } from './crm-partners-router';
import { dashboardRouter } from './dashboard-router';
import { crmModelsRouter } from './models-router';
import { crmOrdersRouter } from './orders-router';

/** The sellers' surface (/crm). */
export const crmRouter = createTRPCRouter({
  clients: clientsRouter,
  orders: crmOrdersRouter,
  approvalRules: approvalRulesRouter,
  partners: crmPartnersRouter,
  dashboard: dashboardRouter,
  models: crmModelsRouter,
});
