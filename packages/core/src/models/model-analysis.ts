import { z } from 'zod';

const ZVector = z.tuple([z.number(), z.number(), z.number()]);

/** The analysis @facet/mesh makes, as stored in `models.analysis`. */
export const ZModelAnalysis = z.object({
  triangleCount: z.number().int(),
  vertexCount: z.number().int(),
  boundingBoxMm: z.object({ min: ZVector, max: ZVector, size: ZVector }),
  surfaceAreaMm2: z.number(),
  volumeMm3: z.number(),
  shells: z.number().int(),
  watertight: z.boolean(),
  boundaryEdges: z.number().int(),
  nonManifoldEdges: z.number().int(),
  degenerateFaces: z.number().int(),
});
export type TModelAnalysis = z.infer<typeof ZModelAnalysis>;
