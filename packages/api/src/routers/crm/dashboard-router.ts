import { getDashboard, ZDashboard, ZDashboardInput } from '@facet/core/crm/get-dashboard';
import { readerOf } from '../../context';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

export const dashboardRouter = createTRPCRouter({
  get: sellerProcedure
    .input(ZDashboardInput)
    .output(ZDashboard)
    .query(({ ctx, input }) => getDashboard(readerOf(ctx), ctx.actor, input)),
});
