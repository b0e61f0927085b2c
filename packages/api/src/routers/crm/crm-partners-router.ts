import { generateApiKey } from '@facet/auth/api-key';
import { getPartner } from '@facet/core/crm/get-partner';
import { listPartners } from '@facet/core/crm/list-partners';
import { makeClientPartner, ZMakeClientPartnerInput } from '@facet/core/crm/make-client-partner';
import { ZPartnerSummary } from '@facet/core/crm/partner-dto';
import {
  setPartnerRateLimitTier,
  ZSetPartnerRateLimitTierInput,
} from '@facet/core/crm/set-partner-rate-limit-tier';
import { ZApiKey, ZApiMode } from '@facet/core/partners/api-key-dto';
import { listApiRequests, ZApiRequestFilter, ZApiRequestPage } from '@facet/core/partners/api-request-log';
import { createWebhookEndpoint } from '@facet/core/partners/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '@facet/core/partners/delete-webhook-endpoint';
import { issueApiKey, ZIssueApiKeyInput } from '@facet/core/partners/issue-api-key';
import { listApiKeys } from '@facet/core/partners/list-api-keys';
import {
  listWebhookDeliveries,
  ZListWebhookDeliveriesInput,
} from '@facet/core/partners/list-webhook-deliveries';
import { listWebhookEndpoints } from '@facet/core/partners/list-webhook-endpoints';
import { replayWebhookDelivery } from '@facet/core/partners/replay-webhook-delivery';
import { revokeApiKey } from '@facet/core/partners/revoke-api-key';
import { sendTestWebhook } from '@facet/core/partners/send-test-webhook';
import { updateWebhookEndpoint } from '@facet/core/partners/update-webhook-endpoint';
import {
  ZWebhookDelivery,
  ZWebhookEndpoint,
  ZWebhookEndpointWithSecret,
} from '@facet/core/partners/webhook-endpoint-dto';
import {
  ZCreateWebhookEndpointInput,
  ZUpdateWebhookEndpointInput,
} from '@facet/core/partners/webhook-endpoint-input';
import { z } from 'zod';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

const ZPartnerRef = z.object({ partnerId: z.string().uuid() });
const ZEndpointRef = z.object({ endpointId: z.string().uuid() });

/**
 * Partners as the CRM sees them, and the CRM's side of the partner API: keys (shown once), the
 * request log, webhook endpoints, deliveries and replays.
 */
export const crmPartnersRouter = createTRPCRouter({
  list: sellerProcedure.output(z.array(ZPartnerSummary)).query(({ ctx }) => listPartners(ctx.db, ctx.actor)),

  get: sellerProcedure
    .input(ZPartnerRef)
    .output(ZPartnerSummary)
    .query(({ ctx, input }) => getPartner(ctx.db, ctx.actor, input.partnerId)),

  makePartner: sellerProcedure
    .input(ZMakeClientPartnerInput)
    .output(z.object({ partnerId: z.string().uuid() }))
    .mutation(({ ctx, input }) => makeClientPartner(ctx.db, ctx.actor, input)),

  setTier: sellerProcedure
    .input(ZSetPartnerRateLimitTierInput)
    .output(z.object({ partnerId: z.string().uuid(), rateLimitTier: z.string() }))
    .mutation(({ ctx, input }) => setPartnerRateLimitTier(ctx.db, ctx.actor, input)),

  listRequests: sellerProcedure
    .input(ZPartnerRef.extend(ZApiRequestFilter.shape))
    .output(ZApiRequestPage)
    .query(({ ctx, input: { partnerId, ...filter } }) =>
      listApiRequests(ctx.db, ctx.actor, partnerId, filter),
    ),

  listKeys: sellerProcedure
    .input(ZPartnerRef)
    .output(z.array(ZApiKey))
    .query(({ ctx, input }) => listApiKeys(ctx.db, ctx.actor, input.partnerId)),

  issueKey: sellerProcedure
    .input(ZIssueApiKeyInput)
    .output(z.object({ key: z.string(), apiKey: ZApiKey }))
    .mutation(({ ctx, input }) => issueApiKey(ctx.db, ctx.actor, input, generateApiKey(input.mode))),

  revokeKey: sellerProcedure
    .input(z.object({ apiKeyId: z.string().uuid() }))
    .output(ZApiKey)
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.actor, input.apiKeyId)),

  listEndpoints: sellerProcedure
    .input(ZPartnerRef)
    .output(z.array(ZWebhookEndpoint))
    .query(({ ctx, input }) => listWebhookEndpoints(ctx.db, ctx.actor, input.partnerId)),

  createEndpoint: sellerProcedure
    .input(ZPartnerRef.extend(ZCreateWebhookEndpointInput.shape).extend({ mode: ZApiMode.default('live') }))
    .output(ZWebhookEndpointWithSecret)
    .mutation(({ ctx, input }) => {
      const { partnerId, mode, ...endpoint } = input;
      return createWebhookEndpoint(ctx.db, ctx.actor, partnerId, endpoint, {
        allowList: ctx.webhookAllowList,
        mode,
      });
    }),

  updateEndpoint: sellerProcedure
    .input(ZEndpointRef.extend(ZUpdateWebhookEndpointInput.shape))
    .output(ZWebhookEndpoint)
    .mutation(({ ctx, input }) => {
      const { endpointId, ...changes } = input;
      return updateWebhookEndpoint(ctx.db, ctx.actor, endpointId, changes, {
        allowList: ctx.webhookAllowList,
      });
    }),

  deleteEndpoint: sellerProcedure
    .input(ZEndpointRef)
    .mutation(({ ctx, input }) => deleteWebhookEndpoint(ctx.db, ctx.actor, input.endpointId)),

  testEndpoint: sellerProcedure
    .input(ZEndpointRef)
    .output(ZWebhookDelivery)
    .mutation(({ ctx, input }) => sendTestWebhook(ctx.db, ctx.actor, input.endpointId)),

  listDeliveries: sellerProcedure
    .input(ZEndpointRef.extend(ZListWebhookDeliveriesInput.shape))
    .output(z.array(ZWebhookDelivery))
    .query(({ ctx, input }) => {
      const { endpointId, ...filters } = input;
      return listWebhookDeliveries(ctx.db, ctx.actor, endpointId, filters);
    }),

  replayDelivery: sellerProcedure
    .input(z.object({ deliveryId: z.string().uuid() }))
    .output(ZWebhookDelivery)
    .mutation(({ ctx, input }) => replayWebhookDelivery(ctx.db, ctx.actor, input.deliveryId)),
});
