import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { listAlloys } from '../pricing/list-alloys';

export const ZMaterial = z
  .object({
    code: z.string().meta({ example: 'AU750Y' }),
    name: z.string().meta({ example: 'Yellow gold 750 (18 ct)' }),
    metal: z.string(),
    colour: z.string(),
    densityGPerCm3: z.number(),
    pricePerGramCents: z.number().int(),
    castingLossPct: z.number(),
    currency: z.literal('EUR'),
  })
  .meta({ id: 'Material' });

export const ZMaterials = z
  .object({ alloys: z.array(ZMaterial), finishes: z.array(z.enum(FINISHES)) })
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
      currency: 'EUR',
    })),
    finishes: [...FINISHES],
  };
}
