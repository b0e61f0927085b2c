import type { Finish } from '@facet/db/enums';
import { formatRingSize, ringSizeOf } from '@facet/mesh/parts/ring-size';
import { z } from 'zod';
import { type Currency, ZCurrency } from '../shared/currency';
import { planRingResize } from './resize-ring';
import type { TWorkRates } from './work-rates';

/** The geometry a price needs (a subset of @facet/mesh's MeshAnalysis). */
export interface PricedGeometry {
  volumeMm3: number;
  surfaceAreaMm2: number;
  triangleCount: number;
  /** The ring's measured hole, when the model was recognised as a ring (at scale 1). */
  ring?: { innerDiameterMm: number } | null;
}

export interface PricedAlloy {
  code: string;
  name: string;
  densityGPerCm3: number;
  pricePerGramCents: number;
  /** The currency of the alloy's price and work rates: the quote's. */
  currency: Currency;
  castingLossPct: number;
  workRates: TWorkRates;
}

export interface QuoteOptions {
  finish: Finish;
  /** Uniform scale applied to the model (1 = as uploaded). */
  scale: number;
  quantity: number;
  engraving?: string | null;
  /** A ring size asked for (EU: inner circumference in mm); another than the model's means resizing. */
  ringSize?: number | null;
  /** Lines of the stones set in the piece (stone-price-table.ts), one each, per piece. */
  stoneLines?: TQuoteLine[];
}

export const ZQuoteLine = z.object({
  code: z.enum(['metal', 'casting', 'detail', 'finish', 'engraving', 'resize', 'stone']),
  label: z.string().max(200),
  amountCents: z.number().int(),
});
export type TQuoteLine = z.infer<typeof ZQuoteLine>;

export const ZQuote = z.object({
  alloyCode: z.string().max(20),
  metalGrams: z.number(),
  unitCents: z.number().int(),
  quantity: z.number().int(),
  totalCents: z.number().int(),
  currency: ZCurrency,
  leadTimeDays: z.number().int(),
  lines: z.array(ZQuoteLine).max(20),
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
    const resize = resizeLine(geometry, alloy, options.scale, options.ringSize, chargedGrams / metalGrams);
    if (resize) lines.push(resize);
  }
  if (options.stoneLines) lines.push(...options.stoneLines);
  const unitCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  return {
    alloyCode: alloy.code,
    metalGrams: Math.round(metalGrams * 100) / 100,
    unitCents,
    quantity: options.quantity,
    totalCents: unitCents * options.quantity,
    currency: alloy.currency,
    leadTimeDays: rates.leadTimeDays + Math.floor((options.quantity - 1) / 10),
    lines,
  };
}

/**
 * Resizing a ring to the size asked for (see resize-ring.ts): labour per step of 0.5 mm of inner
 * diameter, plus the metal the radial scale adds (the volume grows with its square; a smaller ring
 * saves metal, which is taken off). Throws RingResizeRefused beyond MAX_RESIZE_STEPS.
 */
function resizeLine(
  geometry: PricedGeometry,
  alloy: PricedAlloy,
  scale: number,
  ringSize: number,
  allowance: number,
): TQuoteLine | null {
  const measured = geometry.ring ? geometry.ring.innerDiameterMm * scale : null;
  const plan = planRingResize(measured, ringSize);
  const to = formatRingSize(ringSizeOf(ringSize / Math.PI, 'EU'));
  if (plan.kind === 'none') return null;
  if (plan.kind === 'unmeasured') {
    return {
      code: 'resize',
      label: `Sized to ${to} by hand (the model was not measured as a ring)`,
      amountCents: alloy.workRates.resizeCents,
    };
  }
  const volumeMm3 = geometry.volumeMm3 * scale ** 3;
  const extraGrams = ((volumeMm3 * (plan.radialScale ** 2 - 1)) / 1000) * alloy.densityGPerCm3;
  const metalCents = Math.round(extraGrams * allowance * alloy.pricePerGramCents);
  const from = formatRingSize(ringSizeOf(plan.fromDiameterMm, 'EU'));
  const sign = extraGrams >= 0 ? '+' : '−';
  return {
    code: 'resize',
    label: `Resized from ${from} to ${to} (${plan.fromDiameterMm.toFixed(1)} → ${plan.toDiameterMm.toFixed(1)} mm inside): ${plan.steps} × 0.5 mm step${plan.steps === 1 ? '' : 's'}, ${sign}${Math.abs(extraGrams).toFixed(2)} g ${alloy.name}`,
    amountCents: alloy.workRates.resizeCents * plan.steps + metalCents,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
