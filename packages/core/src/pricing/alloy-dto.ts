import type { alloys } from '@facet/db/schema/pricing';
import { z } from 'zod';
import { ZCurrency } from '../shared/currency';

export const ZAlloy = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  metal: z.string(),
  colour: z.string(),
  densityGPerCm3: z.number(),
  pricePerGramCents: z.number().int(),
  currency: ZCurrency,
  castingLossPct: z.number(),
});
export type TAlloy = z.infer<typeof ZAlloy>;

export function toAlloyDto(alloy: typeof alloys.$inferSelect): TAlloy {
  return {
    id: alloy.id,
    code: alloy.code,
    name: alloy.name,
    metal: alloy.metal,
    colour: alloy.colour,
    densityGPerCm3: alloy.densityGPerCm3,
    pricePerGramCents: alloy.pricePerGramCents,
    currency: ZCurrency.parse(alloy.currency),
    castingLossPct: alloy.castingLossPct,
  };
}
