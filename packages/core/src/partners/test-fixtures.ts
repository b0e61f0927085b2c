import type { TModelAnalysis } from '../models/model-analysis';

/** Shared by this folder's integration tests: a castable ring's analysis and full work rates. */
export const RING_ANALYSIS: TModelAnalysis = {
  triangleCount: 8_000,
  vertexCount: 4_000,
  boundingBoxMm: { min: [-11, -11, -1.6], max: [11, 11, 1.6], size: [22, 22, 3.2] },
  surfaceAreaMm2: 1_250,
  volumeMm3: 480,
  shells: 1,
  watertight: true,
  boundaryEdges: 0,
  nonManifoldEdges: 0,
  degenerateFaces: 0,
};

export const WORK_RATES = {
  castingBaseCents: 2_500,
  perCm2Cents: 60,
  per10kTrianglesCents: 20,
  finishCents: { polished: 0, satin: 1_500, matte: 1_200 },
  engravingCents: 3_000,
  resizeCents: 2_500,
  leadTimeDays: 7,
};
