import { z } from 'zod';

export const STONE_CUTS = ['round', 'oval', 'princess', 'pear'] as const;
export type TStoneCut = (typeof STONE_CUTS)[number];

/**
 * The gem trade's estimate of a diamond's weight from its measurements (mm), as gemmologists use it
 * for mounted stones: carats = length × width × depth × a factor of the cut (for a round, d² × depth ×
 * 0.0061). The constructor models a stone by its outline only, so the depth is the cut's standard
 * share of its width.
 */
export const CARAT_FORMULA: Record<TStoneCut, { factor: number; depthOfWidth: number }> = {
  round: { factor: 0.0061, depthOfWidth: 0.61 },
  oval: { factor: 0.0062, depthOfWidth: 0.6 },
  princess: { factor: 0.0083, depthOfWidth: 0.7 },
  pear: { factor: 0.0059, depthOfWidth: 0.6 },
};

export const ZStone = z.object({
  cut: z.enum(STONE_CUTS),
  lengthMm: z.number().positive().max(30),
  widthMm: z.number().positive().max(30),
});
export type TStone = z.infer<typeof ZStone>;

/** Estimated carats of a stone, to three decimals (a round stone's diameter is its length). */
export function estimateCarats({ cut, lengthMm, widthMm }: TStone): number {
  const { factor, depthOfWidth } = CARAT_FORMULA[cut];
  const width = cut === 'round' ? lengthMm : widthMm;
  return Math.round(lengthMm * width * width * depthOfWidth * factor * 1000) / 1000;
}
