import { z } from 'zod';

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
