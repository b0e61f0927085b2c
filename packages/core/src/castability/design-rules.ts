import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';

/**
 * The smallest features a workshop casts in one alloy, and the largest piece its flask holds. An
 * admin sets them per alloy (`admin.alloys.updateDesignRules`); every version is kept.
 */
export const ZDesignRules = z
  .object({
    minWallMm: z
      .number({ message: fieldMessage('design-rules.wall-missing') })
      .min(0.2, fieldMessage('design-rules.wall-thin'))
      .max(5, fieldMessage('design-rules.wall-thick')),
    minWireMm: z
      .number({ message: fieldMessage('design-rules.wire-missing') })
      .min(0.2, fieldMessage('design-rules.wire-thin'))
      .max(5, fieldMessage('design-rules.wire-thick')),
    minDetailMm: z
      .number({ message: fieldMessage('design-rules.detail-missing') })
      .min(0.05, fieldMessage('design-rules.detail-fine'))
      .max(3, fieldMessage('design-rules.detail-coarse')),
    maxPieceMm: z
      .number({ message: fieldMessage('design-rules.piece-missing') })
      .min(10, fieldMessage('design-rules.piece-small'))
      .max(500, fieldMessage('design-rules.piece-large')),
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
