import { z } from 'zod';

/**
 * The smallest features a workshop casts in one alloy, and the largest piece its flask holds. An
 * admin sets them per alloy (`admin.alloys.updateDesignRules`); every version is kept.
 */
export const ZDesignRules = z
  .object({
    minWallMm: z
      .number({ message: 'Enter the minimum wall in mm.' })
      .min(0.2, 'A wall under 0.2 mm cannot be cast in any metal.')
      .max(5, 'A minimum wall above 5 mm would refuse almost every piece.'),
    minWireMm: z
      .number({ message: 'Enter the minimum wire or prong diameter in mm.' })
      .min(0.2, 'A wire under 0.2 mm cannot be cast in any metal.')
      .max(5, 'A minimum wire above 5 mm would refuse almost every piece.'),
    minDetailMm: z
      .number({ message: 'Enter the smallest raised or engraved detail in mm.' })
      .min(0.05, 'Detail under 0.05 mm does not survive polishing.')
      .max(3, 'A minimum detail above 3 mm is implausible.'),
    maxPieceMm: z
      .number({ message: 'Enter the largest piece the flask holds, in mm.' })
      .min(10, 'A flask that holds less than 10 mm holds no jewellery.')
      .max(500, 'No casting flask holds a piece over 500 mm.'),
  })
  .meta({ id: 'DesignRules' });
export type TDesignRules = z.infer<typeof ZDesignRules>;

/**
 * Defaults per metal, from casting houses' design guides (sources in the README): silver flows less
 * far than gold before it freezes, and platinum casts hotter in smaller flasks.
 */
export const DEFAULT_DESIGN_RULES: Record<'silver' | 'gold' | 'platinum', TDesignRules> = {
  silver: { minWallMm: 0.8, minWireMm: 1, minDetailMm: 0.35, maxPieceMm: 120 },
  gold: { minWallMm: 0.6, minWireMm: 0.8, minDetailMm: 0.3, maxPieceMm: 120 },
  platinum: { minWallMm: 0.8, minWireMm: 1, minDetailMm: 0.35, maxPieceMm: 80 },
};

/** The rules an alloy starts with: its metal's defaults, silver's (the strictest) for another metal. */
export function defaultDesignRulesFor(metal: string): TDesignRules {
  return DEFAULT_DESIGN_RULES[metal as keyof typeof DEFAULT_DESIGN_RULES] ?? DEFAULT_DESIGN_RULES.silver;
}
