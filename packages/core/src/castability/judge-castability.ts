import { THICKNESS_STEPS_MM, THIN_REGION_LIMIT_MM } from '@facet/mesh/analysis/measure-thickness';
import { z } from 'zod';
import {
  type DomainMessage,
  domainMessage,
  type LocalizedMessage,
  renderDomainMessage,
  renderStoredMessage,
  ZLocalizedMessage,
} from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { type StoredThicknessUnknown, thicknessReasonMessage } from '../i18n/thickness-reasons';
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

/** A finding as the partner API documents it: its message in English (see ZCastabilityFinding). */
export const ZPartnerCastabilityFinding = z
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

/**
 * A finding with its message as a catalogue entry too (`localized`), for the pages to say in the
 * reader's language; verdicts stored before it was kept have none, and show `message`.
 */
export const ZCastabilityFinding = ZPartnerCastabilityFinding.extend({
  localized: ZLocalizedMessage.optional(),
});
export type TCastabilityFinding = z.infer<typeof ZCastabilityFinding>;

/** The verdict as the partner API documents it: summary and findings in English (or as asked). */
export const ZPartnerCastability = z
  .object({
    alloyCode: z.string().max(20),
    verdict: z.enum(CASTABILITY_VERDICTS),
    /** One plain sentence, naming the alloy and the worst finding. */
    summary: z.string().max(600),
    findings: z.array(ZPartnerCastabilityFinding).max(FINDINGS_LISTED),
    rules: ZDesignRules,
  })
  .meta({ id: 'Castability' });
export type TPartnerCastability = z.infer<typeof ZPartnerCastability>;

/** The verdict with its summary and findings as catalogue messages too (see ZCastabilityFinding). */
export const ZCastability = ZPartnerCastability.extend({
  summaryLocalized: ZLocalizedMessage.optional(),
  findings: z.array(ZCastabilityFinding).max(FINDINGS_LISTED),
});
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
  const summary = summarise(verdict, alloy.name, findings[0]);
  return {
    alloyCode: alloy.code,
    verdict,
    summary: renderDomainMessage(summary, 'en'),
    summaryLocalized: summary,
    findings: findings.slice(0, FINDINGS_LISTED),
    rules,
  };
}

function summarise(
  verdict: CastabilityVerdict,
  alloy: string,
  worst: TCastabilityFinding | undefined,
): DomainMessage {
  const finding = worst?.localized ?? worst?.message ?? '';
  switch (verdict) {
    case 'CASTABLE':
      return domainMessage('castability.castable', { alloy });
    case 'CASTABLE_WITH_RISK':
      return domainMessage('castability.castable-with-risk', { alloy, finding });
    case 'NOT_CASTABLE':
      return domainMessage('castability.not-castable-in', { alloy, finding });
  }
}

/** A finding's message: English in `message`, the catalogue entry in `localized`. */
function said(message: DomainMessage): Pick<TCastabilityFinding, 'message' | 'localized'> {
  return { message: renderDomainMessage(message, 'en'), localized: message };
}

/** The summary and each finding in `locale`, where the verdict kept them as messages (else as stored). */
export function castabilityIn<T extends TCastability>(castability: T, locale: Locale): T {
  const say = (message: LocalizedMessage | undefined, stored: string) =>
    renderStoredMessage(message, locale) ?? stored;
  return {
    ...castability,
    summary: say(castability.summaryLocalized, castability.summary),
    findings: castability.findings.map((finding) => ({
      ...finding,
      message: say(finding.localized, finding.message),
    })),
  };
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
        ...said(
          domainMessage('castability.finding.open', {
            edges: analysis.boundaryEdges + analysis.nonManifoldEdges,
          }),
        ),
      });
    }
    for (const loop of loops.slice(0, HOLES_LISTED)) {
      findings.push({
        ...NOWHERE,
        kind: 'holes',
        blocking: true,
        ...said(
          domainMessage(loop.kind === 'hole' ? 'castability.finding.hole' : 'castability.finding.seam', {
            lengthMm: loop.lengthMm,
            point: pointOf(loop.centreMm),
          }),
        ),
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
      ...said(domainMessage('castability.finding.too-small', { volumeMm3: analysis.volumeMm3 })),
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
      ...said(
        domainMessage('castability.finding.too-large', {
          measuredMm: largest,
          alloy: alloy.name,
          limitMm: limit,
        }),
      ),
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
          ...said(
            domainMessage('castability.finding.thin-across', {
              measuredMm: smallest,
              alloy: alloy.name,
              limitMm: rules.minWallMm,
            }),
          ),
          measuredMm: smallest,
          limitMm: rules.minWallMm,
        },
      ];
    }
    // Analysed before walls were measured (cached by hash, never analysed again): judged as then,
    // by its bounding box alone.
    return [];
  }
  if (!thickness.measured) return analysis.watertight ? [unknown(thickness)] : [];

  const findings: TCastabilityFinding[] = [];
  const thinArea = areaThinnerThan(thickness.areaBelowMm2, rules.minWallMm);
  const thinPiece = thinArea > THIN_SURFACE_SHARE * analysis.surfaceAreaMm2;
  for (const region of thickness.thinRegions) {
    if (largestSpan(region.boxMm) < rules.minDetailMm) continue;
    const wire = isWireLike(region.boxMm);
    const limit = wire ? rules.minWireMm : rules.minWallMm;
    if (region.minMm >= limit) continue;
    const farBelow = region.minMm < FAR_BELOW_SHARE * limit && region.areaMm2 > SUBSTANTIAL_AREA_MM2;
    findings.push({
      kind: wire ? 'thin-wire' : 'thin-wall',
      blocking: farBelow || (!wire && thinPiece),
      ...said(
        domainMessage(wire ? 'castability.finding.thin-wire' : 'castability.finding.thin-wall', {
          measuredMm: region.minMm,
          point: pointOf(region.thinnestAtMm),
          alloy: alloy.name,
          limitMm: limit,
        }),
      ),
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
      ...said(
        domainMessage('castability.finding.thin-surface', {
          areaMm2: thinArea,
          alloy: alloy.name,
          limitMm: rules.minWallMm,
        }),
      ),
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

function unknown(thickness: StoredThicknessUnknown): TCastabilityFinding {
  return {
    ...NOWHERE,
    kind: 'thickness-unknown',
    blocking: false,
    ...said(
      domainMessage('castability.finding.thickness-unknown', { reason: thicknessReasonMessage(thickness) }),
    ),
  };
}

const NOWHERE = { atMm: null, boxMm: null, measuredMm: null, limitMm: null, areaMm2: null };

function pointOf([x, y, z]: [number, number, number]): DomainMessage {
  return domainMessage('castability.point', { x, y, z });
}
