/**
 * A regular polygon of n sides inscribed in a circle encloses n·sin(2π/n)/(2π) of its area. Setting
 * the polygon's corners this much further out makes it enclose exactly the circle's area, so a
 * faceted part weighs what the round part it stands for would.
 */
export function areaPreservingScale(sides: number): number {
  return Math.sqrt((2 * Math.PI) / (sides * Math.sin((2 * Math.PI) / sides)));
}
