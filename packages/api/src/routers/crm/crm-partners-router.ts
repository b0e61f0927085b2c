import { listPartners } from '@facet/core/crm/list-partners';
import { makeClientPartner, ZMakeClientPartnerInput } from '@facet/core/crm/make-client-partner';
import { ZPartnerSummary } from '@facet/core/crm/partner-dto';
import {
  setPartnerRateLimitTier,
  ZSetPartnerRateLimitTierInput,
} from '@facet/core/crm/set-partner-rate-limit-tier';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { DomainError } from '@facet/core/shared/errors';
import { z } from 'zod';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

/** Partners as the CRM sees them; their keys, webhooks and deliveries are in the `partners` router. */
export const crmPartnersRouter = createTRPCRouter({
  list: sellerProcedure.output(z.array(ZPartnerSummary)).query(({ ctx }) => listPartners(ctx.db, ctx.actor)),

  byId: sellerProcedure
    .input(z.object({ partnerId: z.string().uuid() }))
    .output(ZPartnerSummary)
    .query(async ({ ctx, input }) => {
      const [partner] = await listPartners(ctx.db, ctx.actor, input.partnerId);
      if (!partner) throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'));
      return partner;
    }),

  makePartner: sellerProcedure
    .input(ZMakeClientPartnerInput)
    .output(z.object({ partnerId: z.string().uuid() }))
    .mutation(({ ctx, input }) => makeClientPartner(ctx.db, ctx.actor, input)),

  setTier: sellerProcedure
    .input(ZSetPartnerRateLimitTierInput)
    .output(z.object({ partnerId: z.string().uuid(), rateLimitTier: z.string() }))
    .mutation(({ ctx, input }) => setPartnerRateLimitTier(ctx.db, ctx.actor, input)),
});
