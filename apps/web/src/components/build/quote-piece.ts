import { quote, type TQuote } from '@facet/core/pricing/quote';
import { stoneLine, type TStonePrice } from '@facet/core/pricing/stone-price-table';
import type { Finish } from '@facet/db/enums';
import type { MeshAnalysis } from '@facet/mesh/analyse';
import type { Design } from '@facet/mesh/parts/design';
import type { TBuildAlloy } from './build-alloy';

/**
 * The price of the built piece with the same rules the workshop prices the order with (from the same
 * geometry), in the browser so that it follows every change at once. One piece, not resized: the
 * design is made to size, and its engraving is cast in rather than cut by hand. Its stone, if any, is
 * its own line, priced from the stone price table by its estimated carats.
 */
export function quotePiece(
  analysis: MeshAnalysis,
  alloy: TBuildAlloy,
  finish: Finish,
  design: Design,
  stonePrices: TStonePrice[],
): TQuote {
  const stone = design.setting?.stone;
  return quote(analysis, alloy, {
    finish,
    scale: 1,
    quantity: 1,
    engraving: null,
    ringSize: null,
    stoneLines: stone ? [stoneLine(stone, stonePrices)] : [],
  });
}
