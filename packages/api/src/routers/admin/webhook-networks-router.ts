import {
  getWebhookAllowList,
  setWebhookAllowList,
  ZSetWebhookAllowListInput,
  ZWebhookAllowList,
} from '@facet/core/partners/webhook-allow-list';
import { adminProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** The private networks webhook endpoints may reach, beside `WEBHOOK_ALLOWED_NETWORKS`. */
export const webhookNetworksRouter = createTRPCRouter({
  get: adminProcedure
    .output(ZWebhookAllowList)
    .query(({ ctx }) => getWebhookAllowList(ctx.db, ctx.actor, ctx.webhookAllowList)),

  set: adminProcedure
    .input(ZSetWebhookAllowListInput)
    .output(ZWebhookAllowList)
    .mutation(({ ctx, input }) => setWebhookAllowList(ctx.db, ctx.actor, input, ctx.webhookAllowList)),
});
