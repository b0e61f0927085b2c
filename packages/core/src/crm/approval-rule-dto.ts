import { z } from 'zod';
import { installationCurrency } from '../shared/currency';

export const APPROVAL_RULE_KINDS = ['partner', 'below_price'] as const;

export const ZApprovalRule = z.object({
  id: z.string().uuid(),
  kind: z.enum(APPROVAL_RULE_KINDS),
  partnerId: z.string().uuid().nullable(),
  partnerName: z.string().nullable(),
  maxTotalCents: z.number().int().nullable(),
  active: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: z.date(),
});
export type TApprovalRule = z.infer<typeof ZApprovalRule>;

/** How a rule reads in the timeline of an order it approved. */
export function describeApprovalRule(
  rule: Pick<TApprovalRule, 'kind' | 'partnerName' | 'maxTotalCents'>,
): string {
  if (rule.kind === 'partner')
    return `Every priced order of ${rule.partnerName ?? 'this partner'} is approved.`;
  const limit = ((rule.maxTotalCents ?? 0) / 100).toLocaleString('en-IE', {
    style: 'currency',
    currency: installationCurrency(),
  });
  return `Orders of at most ${limit} are approved.`;
}
