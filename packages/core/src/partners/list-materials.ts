import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { listAlloys } from '../pricing/list-alloys';
import { ZCurrency } from '../shared/currency';

export const ZMaterial = z
  .object({
    code: z.string().max(20).meta({ example: 'AU750Y' }),
    name: z.string().max(200).meta({ example: 'Yellow gold 750 (18 ct)' }),
    metal: z.string().max(50),
    colour: z.string().max(50),
    densityGPerCm3: z.number(),
    pricePerGramCents: z.number().int(),
    castingLossPct: z.number(),
    currency: ZCurrency.meta({ example: 'EUR' }),
  })
  .meta({ id: 'Material' });

export const ZMaterials = z
  .object({ alloys: z.array(ZMaterial).max(500), finishes: z.array(z.enum(FINISHES)).max(FINISHES.length) })
  .meta({ id: 'Materials' });
export type TMaterials = z.infer<typeof ZMaterials>;

/** The alloys that can be ordered today with their metal prices, and the finishes on offer. */
export async function listMaterials(db: Db): Promise<TMaterials> {
  const alloys = await listAlloys(db);
  return {
    alloys: alloys.map((alloy) => ({
      code: alloy.code,
      name: alloy.name,
      metal: alloy.metal,
      colour: alloy.colour,
      densityGPerCm3: alloy.densityGPerCm3,
      pricePerGramCents: alloy.pricePerGramCents,
      castingLossPct: alloy.castingLossPct,
      currency: ZCurrency.parse(alloy.currency),
    })),
    finishes: [...FINISHES],
  };
}
