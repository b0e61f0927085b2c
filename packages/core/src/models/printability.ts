import type { TModelAnalysis } from './model-analysis';

/** The smallest piece worth a sprue, whatever the alloy. */
export const MIN_VOLUME_MM3 = 5;

export interface Printability {
  printable: boolean;
  /** Each problem in plain words, with what to do about it. */
  problems: string[];
  /** What could not be checked, for a person to look at; does not stop the order. */
  warnings: string[];
}

/**
 * What stops a model being cast in any alloy (holes, too little metal), and what could not be checked.
 * Walls, wires and size are judged per alloy by its design rules (castability/judge-castability).
 */
export function checkPrintability(analysis: TModelAnalysis): Printability {
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!analysis.watertight) {
    problems.push(
      `This model has holes (${analysis.boundaryEdges + analysis.nonManifoldEdges} open or shared edges${describeLargestLoop(analysis)}), so it cannot be cast as is. Close the mesh in your 3D tool and upload it again.`,
    );
  }
  const thickness = analysis.thickness;
  if (thickness && !thickness.measured && analysis.watertight) {
    warnings.push(`Thickness unknown: ${thickness.reason}. A jeweller will check the walls before casting.`);
  }
  if (analysis.volumeMm3 < MIN_VOLUME_MM3) {
    problems.push(`Its volume (${analysis.volumeMm3.toFixed(2)} mm³) is too small to cast.`);
  }
  return { printable: problems.length === 0, problems, warnings };
}

function formatPoint([x, y, z]: [number, number, number]): string {
  return `x ${x.toFixed(1)}, y ${y.toFixed(1)}, z ${z.toFixed(1)} mm`;
}

function describeLargestLoop(analysis: TModelAnalysis): string {
  const loops = analysis.openEdgeLoops ?? [];
  const largest = loops[0];
  if (!largest) return '';
  const count = loops.length === 1 ? 'one opening' : `${loops.length} openings`;
  return `; ${count}, the largest around ${formatPoint(largest.centreMm)}`;
}
