import type { alloyPriceHistory, alloys } from '@facet/db/schema/pricing';
import { z } from 'zod';
import { ZDesignRules } from '../castability/design-rules';
import { toAlloyDto, ZAlloy } from '../pricing/alloy-dto';
import { ZWorkRates } from '../pricing/work-rates';
import { ZCurrency } from '../shared/currency';

export const ZAdminAlloy = ZAlloy.extend({
  waxRatio: z.number(),
  sprueAllowanceG: z.number(),
  workRates: ZWorkRates,
  designRules: ZDesignRules,
  active: z.boolean(),
  updatedAt: z.date(),
});
export type TAdminAlloy = z.infer<typeof ZAdminAlloy>;

export const ZAlloyPriceVersion = z.object({
  id: z.string().uuid(),
  densityGPerCm3: z.number(),
  pricePerGramCents: z.number().int(),
  currency: ZCurrency,
  castingLossPct: z.number(),
  workRates: ZWorkRates,
  changedByName: z.string().nullable(),
  createdAt: z.date(),
});
export type TAlloyPriceVersion = z.infer<typeof ZAlloyPriceVersion>;

export const ZAlloyDesignRulesVersion = z.object({
  id: z.string().uuid(),
  designRules: ZDesignRules,
  changedByName: z.string().nullable(),
  createdAt: z.date(),
});
export type TAlloyDesignRulesVersion = z.infer<typeof ZAlloyDesignRulesVersion>;

export function toAdminAlloy(row: typeof alloys.$inferSelect): TAdminAlloy {
  return {
    ...toAlloyDto(row),
    waxRatio: row.waxRatio,
    sprueAllowanceG: row.sprueAllowanceG,
    workRates: ZWorkRates.parse(row.workRates),
    designRules: ZDesignRules.parse(row.designRules),
    active: row.active,
    updatedAt: row.updatedAt,
  };
}

export function toAlloyPriceVersion(
  row: typeof alloyPriceHistory.$inferSelect,
  changedByName: string | null,
): TAlloyPriceVersion {
  return {
    id: row.id,
    densityGPerCm3: row.densityGPerCm3,
    pricePerGramCents: row.pricePerGramCents,
    currency: ZCurrency.parse(row.currency),
    castingLossPct: row.castingLossPct,
    workRates: ZWorkRates.parse(row.workRates),
    changedByName,
    createdAt: row.createdAt,
  };
}
