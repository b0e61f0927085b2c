import { THICKNESS_STEPS_MM, THIN_REGION_LIMIT_MM } from '@facet/mesh/analysis/measure-thickness';
import { z } from 'zod';
import type { TModelAnalysis } from '../models/model-analysis';
import { MIN_VOLUME_MM3 } from '../models/printability';
import { type TDesignRules, ZDesignRules } from './design-rules';

export const CASTABILITY_VERDICTS = ['CASTABLE', 'CASTABLE_WITH_RISK', 'NOT_CASTABLE'] as const;
export type CastabilityVerdict = (typeof CASTABILITY_VERDICTS)[number];

/**
 * The verdict rule's thresholds (stated in the README):
 * - a wall or wire under 60 % of the alloy's minimum over more than `SUBSTANTIAL_AREA_MM2` does not
 *   fill: not castable. Thinner than the minimum but not that: a risk.
 * - thinner than the minimum over more than 10 % of the surface: not castable (a thin piece, not a
 *   thin spot).
 * Tapering rims read thin over a sliver of area on sound pieces (the constructor's own bands read
 * 0.2 mm at their rims), so a point alone never refuses a piece; it is a risk a jeweller looks at.
 */
export const FAR_BELOW_SHARE = 0.6;
export const SUBSTANTIAL_AREA_MM2 = 2;
export const THIN_SURFACE_SHARE = 0.1;
/** A thin region narrow in two directions (a prong, a pin, a wire) is judged by the wire minimum. */
export const WIRE_SPAN_MM = 1.5;
const FINDINGS_LISTED = 12;
const THIN_PLACES_LISTED = 8;
const HOLES_LISTED = 3;

const ZVector = z.tuple([z.number(), z.number(), z.number()]);

export const ZCastabilityFinding = z
  .object({
    kind: z
      .enum(['holes', 'too-small', 'too-large', 'thin-wall', 'thin-wire', 'thickness-unknown'])
      .meta({ description: 'What the finding is about.' }),
    blocking: z
      .boolean()
      .meta({ description: 'True: the piece cannot be cast in this alloy. False: a risk.' }),
    message: z.string().max(500),
    atMm: ZVector.nullable().meta({ description: 'Where to look (model coordinates, mm), when known.' }),
    boxMm: z
      .object({ min: ZVector, max: ZVector })
      .nullable()
      .meta({ description: 'The box around the place, when known.' }),
    measuredMm: z.number().nullable().meta({ description: 'The wall, wire or size measured there.' }),
    limitMm: z.number().nullable().meta({ description: "The alloy's rule it was judged against." }),
    areaMm2: z.number().nullable().meta({ description: 'The thin area of the place.' }),
  })
  .meta({ id: 'CastabilityFinding' });
export type TCastabilityFinding = z.infer<typeof ZCastabilityFinding>;

export const ZCastability = z
  .object({
    alloyCode: z.string().max(20),
    verdict: z.enum(CASTABILITY_VERDICTS),
    /** One plain sentence, naming the alloy and the worst finding. */
    summary: z.string().max(600),
    findings: z.array(ZCastabilityFinding).max(FINDINGS_LISTED),
    rules: ZDesignRules,
  })
  .meta({ id: 'Castability' });
export type TCastability = z.infer<typeof ZCastability>;

export interface JudgedAlloy {
  code: string;
  name: string;
  designRules: TDesignRules;
}

/**
 * Whether a piece can be cast in an alloy, from its stored analysis (already scaled to the piece)
 * and the alloy's design rules: pure, so the shop, the partner API and the order all judge alike.
 */
export function judgeCastability(analysis: TModelAnalysis, alloy: JudgedAlloy): TCastability {
  const rules = alloy.designRules;
  const findings: TCastabilityFinding[] = [
    ...judgeClosedness(analysis),
    ...judgeSize(analysis, alloy),
    ...judgeThickness(analysis, alloy),
  ];
  findings.sort((left, right) => Number(right.blocking) - Number(left.blocking));
  const verdict: CastabilityVerdict = findings.some((finding) => finding.blocking)
    ? 'NOT_CASTABLE'
    : findings.length > 0
      ? 'CASTABLE_WITH_RISK'
      : 'CASTABLE';
  return {
    alloyCode: alloy.code,
    verdict,
    summary: summarise(verdict, alloy.name, findings[0]),
    findings: findings.slice(0, FINDINGS_LISTED),
    rules,
  };
}

function summarise(verdict: CastabilityVerdict, alloyName: string, worst: TCastabilityFinding | undefined) {
  switch (verdict) {
    case 'CASTABLE':
      return `Castable in ${alloyName}.`;
    case 'CASTABLE_WITH_RISK':
      return `Castable in ${alloyName}, with a risk: ${worst?.message ?? ''}`;
    case 'NOT_CASTABLE':
      return `Not castable in ${alloyName}: ${worst?.message ?? ''}`;
  }
}

function judgeClosedness(analysis: TModelAnalysis): TCastabilityFinding[] {
  const findings: TCastabilityFinding[] = [];
  if (!analysis.watertight) {
    const loops = analysis.openEdgeLoops ?? [];
    if (loops.length === 0) {
      findings.push({
        ...NOWHERE,
        kind: 'holes',
        blocking: true,
        message: `The mesh is open (${analysis.boundaryEdges + analysis.nonManifoldEdges} open or shared edges); close it in your 3D tool.`,
      });
    }
    for (const loop of loops.slice(0, HOLES_LISTED)) {
      findings.push({
        ...NOWHERE,
        kind: 'holes',
        blocking: true,
        message: `${loop.kind === 'hole' ? 'A hole' : 'A seam where more than two faces meet'} (${loop.lengthMm.toFixed(1)} mm around) at ${formatPoint(loop.centreMm)}; close it in your 3D tool.`,
        atMm: loop.centreMm,
        boxMm: loop.boxMm,
      });
    }
  }
  if (analysis.volumeMm3 < MIN_VOLUME_MM3) {
    findings.push({
      ...NOWHERE,
      kind: 'too-small',
      blocking: true,
      message: `Its volume (${analysis.volumeMm3.toFixed(2)} mm³) is too small to cast.`,
    });
  }
  return findings;
}

function judgeSize(analysis: TModelAnalysis, alloy: JudgedAlloy): TCastabilityFinding[] {
  const largest = Math.max(...analysis.boundingBoxMm.size);
  const limit = alloy.designRules.maxPieceMm;
  if (largest <= limit) return [];
  return [
    {
      ...NOWHERE,
      kind: 'too-large',
      blocking: true,
      message: `At ${largest.toFixed(1)} mm it does not fit our flask for ${alloy.name} (${formatMm(limit)} at most); check that the model is in millimetres, or scale it down.`,
      boxMm: { min: analysis.boundingBoxMm.min, max: analysis.boundingBoxMm.max },
      measuredMm: largest,
      limitMm: limit,
    },
  ];
}

function judgeThickness(analysis: TModelAnalysis, alloy: JudgedAlloy): TCastabilityFinding[] {
  const rules = alloy.designRules;
  const thickness = analysis.thickness;
  if (!thickness) {
    const smallest = Math.min(...analysis.boundingBoxMm.size);
    if (smallest < rules.minWallMm) {
      return [
        {
          ...NOWHERE,
          kind: 'thin-wall',
          blocking: true,
          message: `At ${smallest.toFixed(2)} mm across it is thinner than the ${formatMm(rules.minWallMm)} we cast ${alloy.name} from; check that the model is in millimetres.`,
          measuredMm: smallest,
          limitMm: rules.minWallMm,
        },
      ];
    }
    // Analysed before walls were measured (cached by hash, never analysed again): judged as then,
    // by its bounding box alone.
    return [];
  }
  if (!thickness.measured) return analysis.watertight ? [unknown(thickness.reason)] : [];

  const findings: TCastabilityFinding[] = [];
  const thinArea = areaThinnerThan(thickness.areaBelowMm2, rules.minWallMm);
  const thinPiece = thinArea > THIN_SURFACE_SHARE * analysis.surfaceAreaMm2;
  for (const region of thickness.thinRegions) {
    if (largestSpan(region.boxMm) < rules.minDetailMm) continue;
    const wire = isWireLike(region.boxMm);
    const limit = wire ? rules.minWireMm : rules.minWallMm;
    if (region.minMm >= limit) continue;
    const farBelow = region.minMm < FAR_BELOW_SHARE * limit && region.areaMm2 > SUBSTANTIAL_AREA_MM2;
    const what = wire ? 'A wire or prong is' : 'The wall is';
    const rule = wire ? 'wires and prongs' : 'walls';
    findings.push({
      kind: wire ? 'thin-wire' : 'thin-wall',
      blocking: farBelow || (!wire && thinPiece),
      message: `${what} ${region.minMm.toFixed(2)} mm thick at ${formatPoint(region.thinnestAtMm)}; we cast ${rule} in ${alloy.name} from ${formatMm(limit)}.`,
      atMm: region.thinnestAtMm,
      boxMm: region.boxMm,
      measuredMm: region.minMm,
      limitMm: limit,
      areaMm2: region.areaMm2,
    });
    if (findings.length === THIN_PLACES_LISTED) break;
  }
  if (thinPiece && !findings.some((finding) => finding.blocking)) {
    // Thin over much of the surface, although no listed region is (they are the thinnest few).
    findings.unshift({
      ...NOWHERE,
      kind: 'thin-wall',
      blocking: true,
      message: `About ${Math.round(thinArea)} mm² of its surface is thinner than the ${formatMm(rules.minWallMm)} we cast ${alloy.name} from.`,
      limitMm: rules.minWallMm,
      areaMm2: thinArea,
    });
  }
  return findings;
}

/** The surface thinner than `limitMm`, read from the analysis's 0.05 mm steps (interpolated between them). */
export function areaThinnerThan(areaBelowMm2: readonly number[], limitMm: number): number {
  let previousStep = 0;
  let previousArea = 0;
  for (let k = 0; k < areaBelowMm2.length; k++) {
    const step = THICKNESS_STEPS_MM[k]!;
    const area = areaBelowMm2[k]!;
    if (limitMm <= step) {
      return previousArea + ((area - previousArea) * (limitMm - previousStep)) / (step - previousStep);
    }
    previousStep = step;
    previousArea = area;
  }
  return previousArea;
}

type Box = { min: [number, number, number]; max: [number, number, number] };

function spansOf(box: Box): number[] {
  return [0, 1, 2].map((axis) => box.max[axis]! - box.min[axis]!).sort((a, b) => a - b);
}

/** Narrow in two of its three directions: a prong or a wire rather than a stretch of wall. */
function isWireLike(box: Box): boolean {
  return spansOf(box)[1]! <= Math.max(WIRE_SPAN_MM, THIN_REGION_LIMIT_MM);
}

/**
 * A thin spot smaller than the finest detail the alloy reproduces is a tapering rim or a seam, not a
 * feature: it is left out.
 */
function largestSpan(box: Box): number {
  return spansOf(box)[2]!;
}

function unknown(reason: string): TCastabilityFinding {
  return {
    ...NOWHERE,
    kind: 'thickness-unknown',
    blocking: false,
    message: `Thickness unknown: ${reason}. A jeweller will check the walls before casting.`,
  };
}

const NOWHERE = { atMm: null, boxMm: null, measuredMm: null, limitMm: null, areaMm2: null };

function formatPoint([x, y, z]: [number, number, number]): string {
  return `x ${x.toFixed(1)}, y ${y.toFixed(1)}, z ${z.toFixed(1)} mm`;
}

function formatMm(value: number): string {
  return `${Number(value.toFixed(2))} mm`;
}
