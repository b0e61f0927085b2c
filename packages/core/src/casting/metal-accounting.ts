/** Weights are kept to the hundredth of a gram, as the workshop's scales read. */
export function roundGrams(grams: number): number {
  return Math.round(grams * 100) / 100;
}

export interface CastingFigures {
  /** Grams of alloy per gram of wax (the alloy's density over the wax's). */
  waxRatio: number;
  /** Grams added for the button and sprues. */
  sprueAllowanceG: number;
}

/** The metal to issue for a tree: its wax turned into metal, plus the button and sprues. */
export function metalToIssue(waxWeightG: number, figures: CastingFigures): number {
  return roundGrams(waxWeightG * figures.waxRatio + figures.sprueAllowanceG);
}

export interface MetalReturned {
  piecesG: number;
  buttonG: number;
  scrapG: number;
}

export interface CastingLoss {
  returnedG: number;
  lossG: number;
  /** Share of the metal issued that was lost, in %. */
  lossPct: number;
}

/** What casting lost: the metal issued less everything that came back (pieces, button, scrap). */
export function castingLoss(issuedG: number, returned: MetalReturned): CastingLoss {
  const returnedG = roundGrams(returned.piecesG + returned.buttonG + returned.scrapG);
  const lossG = roundGrams(issuedG - returnedG);
  return { returnedG, lossG, lossPct: issuedG > 0 ? Math.round((lossG / issuedG) * 10_000) / 100 : 0 };
}

/** What the lost metal cost, at the alloy's price per gram. */
export function lossValueCents(lossG: number, pricePerGramCents: number): number {
  return Math.round(Math.max(0, lossG) * pricePerGramCents);
}
