import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';

/** The work part of a price, per alloy, as an admin edits it. All amounts in cents. */
export const ZWorkRates = z.object({
  castingBaseCents: z.number().int().min(0),
  perCm2Cents: z.number().int().min(0),
  per10kTrianglesCents: z.number().int().min(0),
  finishCents: z.record(z.enum(FINISHES), z.number().int().min(0)),
  engravingCents: z.number().int().min(0),
  resizeCents: z.number().int().min(0),
  leadTimeDays: z.number().int().min(1).max(120),
});
export type TWorkRates = z.infer<typeof ZWorkRates>;
