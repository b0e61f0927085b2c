import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { RATE_LIMIT_TIERS } from '../partners/rate-limit-tiers';

/** The tiers a seller may give a partner (the load-test tier is the workshop's own). */
export const PARTNER_TIERS = ['standard', 'premium', 'enterprise'] as const satisfies ReadonlyArray<
  keyof typeof RATE_LIMIT_TIERS
>;
export type PartnerTier = (typeof PARTNER_TIERS)[number];

export const ZPartnerTier = z.enum(PARTNER_TIERS, { message: fieldMessage('crm.partner-tier-unknown') });

export const ZPartnerSummary = z.object({
  id: z.string().uuid(),
  clientId: z.string().uuid(),
  name: z.string(),
  rateLimitTier: z.string(),
  /** Requests per minute the tier allows. */
  requestsPerMinute: z.number().int(),
  activeKeys: z.number().int(),
  webhookEndpoints: z.number().int(),
  autoApproved: z.boolean(),
  createdAt: z.date(),
});
export type TPartnerSummary = z.infer<typeof ZPartnerSummary>;

export function requestsPerMinuteOf(tier: string): number {
  const budget = RATE_LIMIT_TIERS[tier as keyof typeof RATE_LIMIT_TIERS] ?? RATE_LIMIT_TIERS.standard;
  return Math.round((budget.requests * 60) / budget.windowS);
}
