import { defaultDesignRulesFor } from '../castability/design-rules';
import type { TCastability } from '../castability/judge-castability';

/**
 * The thinnest wall the workshop casts in an alloy, in mm: what the thickness map marks and paints
 * as too thin. It is the wall rule the piece was judged with; without a verdict yet, the strictest
 * default (silver's).
 */
export function minimumWallMmFor(castability: Pick<TCastability, 'rules'> | null | undefined): number {
  return castability?.rules.minWallMm ?? defaultDesignRulesFor('silver').minWallMm;
}
