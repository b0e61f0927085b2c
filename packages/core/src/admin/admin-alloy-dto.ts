import type { alloyPriceHistory, alloys } from '@facet/db/schema/pricing';
import { z } from 'zod';
import { ZWorkRates } from '../pricing/work-rates';

export const ZAdminAlloy = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  metal: z.string(),
  colour: z.string(),
  densityGPerCm3: z.number(),
  pricePerGramCents: z.number().int(),
  castingLossPct: z.number(),
  workRates: ZWorkRates,
  active: z.boolean(),
  updatedAt: z.date(),
});
export type TAdminAlloy = z.infer<typeof ZAdminAlloy>;

export const ZAlloyPriceVersion = z.object({
  id: z.string().uuid(),
  densityGPerCm3: z.number(),
  pricePerGramCents: z.number().int(),
  castingLossPct: z.number(),
  workRates: ZWorkRates,
  changedByName: z.string().nullable(),
  createdAt: z.date(),
});
export type TAlloyPriceVersion = z.infer<typeof ZAlloyPriceVersion>;

export function toAdminAlloy(row: typeof alloys.$inferSelect): TAdminAlloy {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    metal: row.metal,
    colour: row.colour,
    densityGPerCm3: row.densityGPerCm3,
    pricePerGramCents: row.pricePerGramCents,
    castingLossPct: row.castingLossPct,
    workRates: ZWorkRates.parse(row.workRates),
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
    castingLossPct: row.castingLossPct,
    workRates: ZWorkRates.parse(row.workRates),
    changedByName,
    createdAt: row.createdAt,
  };
}
