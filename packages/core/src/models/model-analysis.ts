import { OPEN_EDGE_LOOPS_LISTED } from '@facet/mesh/analysis/group-open-edges';
import { THICKNESS_STEPS_MM, THIN_REGIONS_LISTED } from '@facet/mesh/analysis/measure-thickness';
import { THICKNESS_REASON_CODES } from '@facet/mesh/analysis/thickness-reasons';
import { z } from 'zod';

const ZVector = z.tuple([z.number(), z.number(), z.number()]);

/** Connected open edges: a hole's rim, or a seam where more than two faces meet. */
export const ZOpenEdgeLoop = z.object({
  kind: z.enum(['hole', 'non-manifold']),
  edges: z.number().int(),
  lengthMm: z.number(),
  centreMm: ZVector,
  boxMm: z.object({ min: ZVector, max: ZVector }),
});

export type TOpenEdgeLoop = z.infer<typeof ZOpenEdgeLoop>;

const ZThinRegion = z.object({
  minMm: z.number(),
  thinnestAtMm: ZVector,
  centreMm: ZVector,
  boxMm: z.object({ min: ZVector, max: ZVector }),
  areaMm2: z.number(),
});

/** The finger's hole of a piece recognised as a ring (see @facet/mesh/analysis/measure-ring). */
export const ZRingMeasure = z.object({
  innerDiameterMm: z.number(),
  centreMm: ZVector,
  axis: ZVector,
  bandWidthMm: z.number(),
});
export type TRingMeasure = z.infer<typeof ZRingMeasure>;

/** Local wall thickness over the whole surface, or why it could not be measured. */
export const ZWallThickness = z.discriminatedUnion('measured', [
  z.object({
    measured: z.literal(true),
    minWallMm: z.number(),
    thinnestAtMm: ZVector,
    /** Area thinner than each step of `THICKNESS_STEPS_MM` (0.05 mm to 2 mm by 0.05 mm). */
    areaBelowMm2: z.array(z.number()).max(THICKNESS_STEPS_MM.length),
    thinRegions: z.array(ZThinRegion).max(THIN_REGIONS_LISTED),
    samples: z.number().int(),
  }),
  z.object({
    measured: z.literal(false),
    reason: z.string().max(500).meta({
      description:
        'Why the wall could not be measured, in plain words: English, or Russian when `Accept-Language` asks for it.',
    }),
    /** Analyses stored before reasons had codes lack these two (core reads their English instead). */
    code: z.enum(THICKNESS_REASON_CODES).optional().meta({
      description:
        'The reason as a stable code, for programs: no-triangles, open, no-volume, too-detailed (params.seconds), no-area, no-wall-behind (params.percent).',
    }),
    params: z.object({ seconds: z.number().optional(), percent: z.number().optional() }).optional().meta({
      description: "The reason's figures: `seconds` for too-detailed, `percent` for no-wall-behind.",
    }),
  }),
]);
export type TWallThickness = z.infer<typeof ZWallThickness>;

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
  /** Analyses made before tolerant welding lack these three. */
  weldToleranceMm: z.number().optional(),
  weldedVertices: z.number().int().optional(),
  openEdgeLoops: z.array(ZOpenEdgeLoop).max(OPEN_EDGE_LOOPS_LISTED).optional(),
  /** Analyses made before the wall was measured lack it. */
  thickness: ZWallThickness.optional(),
  /** Null when the piece is not a ring; analyses made before rings were recognised lack it. */
  ring: ZRingMeasure.nullable().optional(),
});
export type TModelAnalysis = z.infer<typeof ZModelAnalysis>;

/** The analysis of the model made `scale` times larger (an order item's scale). */
export function scaleAnalysis(analysis: TModelAnalysis, scale: number): TModelAnalysis {
  if (scale === 1) return analysis;
  const [x, y, z] = analysis.boundingBoxMm.size;
  return {
    ...analysis,
    volumeMm3: analysis.volumeMm3 * scale ** 3,
    boundingBoxMm: { ...analysis.boundingBoxMm, size: [x * scale, y * scale, z * scale] },
    thickness: scaleThickness(analysis.thickness, scale),
    ring: analysis.ring && {
      ...analysis.ring,
      innerDiameterMm: analysis.ring.innerDiameterMm * scale,
      centreMm: [
        analysis.ring.centreMm[0] * scale,
        analysis.ring.centreMm[1] * scale,
        analysis.ring.centreMm[2] * scale,
      ],
      bandWidthMm: analysis.ring.bandWidthMm * scale,
    },
  };
}

/** The wall of the model scaled by `scale` (the area histogram is left as measured, at scale 1). */
function scaleThickness(thickness: TWallThickness | undefined, scale: number): TWallThickness | undefined {
  if (!thickness?.measured || scale === 1) return thickness;
  const point = (p: [number, number, number]): [number, number, number] => [
    p[0] * scale,
    p[1] * scale,
    p[2] * scale,
  ];
  return {
    ...thickness,
    minWallMm: thickness.minWallMm * scale,
    thinnestAtMm: point(thickness.thinnestAtMm),
    thinRegions: thickness.thinRegions.map((region) => ({
      minMm: region.minMm * scale,
      thinnestAtMm: point(region.thinnestAtMm),
      centreMm: point(region.centreMm),
      boxMm: { min: point(region.boxMm.min), max: point(region.boxMm.max) },
      areaMm2: region.areaMm2 * scale ** 2,
    })),
  };
}
