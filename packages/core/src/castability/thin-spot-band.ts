import type { TModelAnalysis } from '../models/model-analysis';

/**
 * For tests: a sound, closed band with one thin spot, 0.40 mm at (1, 2, 3) over 1 mm² in a
 * 3 × 2 × 1 mm box; under silver's 0.8 mm wall it is castable with a risk.
 */
export const THIN_SPOT_BAND: TModelAnalysis = {
  triangleCount: 2_000,
  vertexCount: 1_000,
  boundingBoxMm: { min: [-10, -10, 0], max: [10, 10, 3], size: [20, 20, 3] },
  surfaceAreaMm2: 1_000,
  volumeMm3: 500,
  shells: 1,
  watertight: true,
  boundaryEdges: 0,
  nonManifoldEdges: 0,
  degenerateFaces: 0,
  thickness: {
    measured: true,
    minWallMm: 0.4,
    thinnestAtMm: [1, 2, 3],
    areaBelowMm2: Array.from({ length: 40 }, (_, k) => (k >= 7 ? 1 : 0)),
    thinRegions: [
      {
        minMm: 0.4,
        thinnestAtMm: [1, 2, 3],
        centreMm: [1, 2, 3],
        boxMm: { min: [0, 0, 0], max: [3, 2, 1] },
        areaMm2: 1,
      },
    ],
    samples: 10_000,
  },
};
