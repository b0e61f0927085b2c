import type { Finish } from '@facet/db/enums';
import { z } from 'zod';
import type { TWorkRates } from './work-rates';

/** The geometry a price needs (a subset of @facet/mesh's MeshAnalysis). */
export interface PricedGeometry {
  volumeMm3: number;
  surfaceAreaMm2: number;
  triangleCount: number;
}

export interface PricedAlloy {
  code: string;
  name: string;
  densityGPerCm3: number;
  pricePerGramCents: number;
  castingLossPct: number;
  workRates: TWorkRates;
}

export interface QuoteOptions {
  finish: Finish;
  /** Uniform scale applied to the model (1 = as uploaded). */
  scale: number;
  quantity: number;
  engraving?: string | null;
  /** A ring size asked for, which means resizing the model's band. */
  ringSize?: number | null;
}

export const ZQuoteLine = z.object({
  code: z.enum(['metal', 'casting', 'detail', 'finish', 'engraving', 'resize']),
  label: z.string(),
  amountCents: z.number().int(),
});
export type TQuoteLine = z.infer<typeof ZQuoteLine>;

export const ZQuote = z.object({
  alloyCode: z.string(),
  metalGrams: z.number(),
  unitCents: z.number().int(),
  quantity: z.number().int(),
  totalCents: z.number().int(),
  currency: z.literal('EUR'),
  leadTimeDays: z.number().int(),
  lines: z.array(ZQuoteLine),
});
export type TQuote = z.infer<typeof ZQuote>;

/** Detail work stops growing past this many triangles: a finer mesh is not more work to cast. */
const DETAIL_CAP_TRIANGLES = 1_000_000;

/**
 * A jewellery price from geometry: metal by weight (volume × density, plus casting loss) and work that
 * grows with surface and detail, plus options, times quantity. Every line is rounded to the cent
 * and the total is their sum, so the breakdown always adds up.
 */
export function quote(geometry: PricedGeometry, alloy: PricedAlloy, options: QuoteOptions): TQuote {
  const rates = alloy.workRates;
  const volumeMm3 = geometry.volumeMm3 * options.scale ** 3;
  const areaCm2 = (geometry.surfaceAreaMm2 * options.scale ** 2) / 100;
  const metalGrams = (volumeMm3 / 1000) * alloy.densityGPerCm3;
  const chargedGrams = metalGrams * (1 + alloy.castingLossPct / 100);

  const lines: TQuoteLine[] = [
    {
      code: 'metal',
      label: `${alloy.name}: ${metalGrams.toFixed(2)} g + ${alloy.castingLossPct}% casting allowance`,
      amountCents: Math.round(chargedGrams * alloy.pricePerGramCents),
    },
    {
      code: 'casting',
      label: `Casting and cleaning (${areaCm2.toFixed(1)} cm² of surface)`,
      amountCents: Math.round(rates.castingBaseCents + areaCm2 * rates.perCm2Cents),
    },
    {
      code: 'detail',
      label: `Detail work (${geometry.triangleCount.toLocaleString('en-IE')} triangles)`,
      amountCents: Math.round(
        (Math.min(geometry.triangleCount, DETAIL_CAP_TRIANGLES) / 10_000) * rates.per10kTrianglesCents,
      ),
    },
    {
      code: 'finish',
      label: `${capitalise(options.finish)} finish`,
      amountCents: rates.finishCents[options.finish] ?? 0,
    },
  ];
  if (options.engraving?.trim()) {
    lines.push({
      code: 'engraving',
      label: `Engraving “${options.engraving.trim()}”`,
      amountCents: rates.engravingCents,
    });
  }
  if (options.ringSize) {
    lines.push({
      code: 'resize',
      label: `Sized to ${options.ringSize} mm (EU ${options.ringSize})`,
      amountCents: rates.resizeCents,
    });
  }
  const unitCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    alloyCode: alloy.code,
    metalGrams: Math.round(metalGrams * 100) / 100,
    unitCents,
    quantity: options.quantity,
    totalCents: unitCents * options.quantity,
    currency: 'EUR',
    leadTimeDays: rates.leadTimeDays + Math.floor((options.quantity - 1) / 10),
    lines,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
