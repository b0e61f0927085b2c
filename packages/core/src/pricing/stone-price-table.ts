import { z } from 'zod';
import type { TQuoteLine } from './quote';
import { estimateCarats, STONE_CUTS, type TStone, type TStoneCut } from './stone-carats';

/** The carat bands the table is priced in: each from its value up to the next. */
export const CARAT_BANDS = [0, 0.25, 0.5, 1, 2] as const;

export const ZStonePrice = z.object({
  cut: z.enum(STONE_CUTS),
  minCarats: z.number().min(0).max(100),
  pricePerCaratCents: z.number().int(),
  changedAt: z.date(),
  changedBy: z.string().max(200).nullable(),
});
export type TStonePrice = z.infer<typeof ZStonePrice>;

const CUT_NAME: Record<TStoneCut, string> = {
  round: 'Round',
  oval: 'Oval',
  princess: 'Princess',
  pear: 'Pear',
};

/** The band a weight falls in: the highest band start not above it. */
export function caratBandOf(carats: number): number {
  return [...CARAT_BANDS].reverse().find((band) => carats >= band) ?? 0;
}

/**
 * A stone's own line of a price: its estimated weight (estimateCarats) at the price per carat of its
 * cut and carat band in `prices` (the prices in force, one per cut and band).
 */
export function stoneLine(
  stone: TStone,
  prices: Pick<TStonePrice, 'cut' | 'minCarats' | 'pricePerCaratCents'>[],
): TQuoteLine {
  const carats = estimateCarats(stone);
  const band = caratBandOf(carats);
  const price = prices.find((row) => row.cut === stone.cut && row.minCarats === band);
  if (!price) throw new Error(`No price for ${stone.cut} stones from ${band} ct in the stone price table.`);
  const size = stone.cut === 'round' ? `${stone.lengthMm} mm` : `${stone.lengthMm} × ${stone.widthMm} mm`;
  return {
    code: 'stone',
    label: `${CUT_NAME[stone.cut]} stone ${size}, about ${carats.toFixed(2)} ct`,
    amountCents: Math.round(carats * price.pricePerCaratCents),
  };
}
