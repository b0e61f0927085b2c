import type { TModelAnalysis } from './model-analysis';

/** What the workshop can cast: limits of its flasks and of the finest detail it holds. */
export const PRINTABILITY_LIMITS = {
  minSizeMm: 1,
  maxSizeMm: 120,
  minVolumeMm3: 5,
} as const;

export interface Printability {
  printable: boolean;
  /** Each problem in plain words, with what to do about it. */
  problems: string[];
}

export function checkPrintability(analysis: TModelAnalysis): Printability {
  const problems: string[] = [];
  const [x, y, z] = analysis.boundingBoxMm.size;
  const largest = Math.max(x, y, z);
  const smallest = Math.min(x, y, z);
  if (!analysis.watertight) {
    problems.push(
      `This model has holes (${analysis.boundaryEdges + analysis.nonManifoldEdges} open or shared edges), so it cannot be cast as is. Close the mesh in your 3D tool and upload it again.`,
    );
  }
  if (largest > PRINTABILITY_LIMITS.maxSizeMm) {
    problems.push(
      `At ${largest.toFixed(1)} mm it is larger than our ${PRINTABILITY_LIMITS.maxSizeMm} mm casting limit. Check that the model is in millimetres, or scale it down.`,
    );
  }
  if (smallest < PRINTABILITY_LIMITS.minSizeMm) {
    problems.push(
      `At ${smallest.toFixed(2)} mm thick it is thinner than the ${PRINTABILITY_LIMITS.minSizeMm} mm we can cast. Check that the model is in millimetres.`,
    );
  }
  if (analysis.volumeMm3 < PRINTABILITY_LIMITS.minVolumeMm3) {
    problems.push(`Its volume (${analysis.volumeMm3.toFixed(2)} mm³) is too small to cast.`);
  }
  return { printable: problems.length === 0, problems };
}
