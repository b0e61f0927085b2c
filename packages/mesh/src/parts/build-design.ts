import { outerRadiusAt, shapeOfSection, topRadius } from './band-profile';
import { sectionOfBand } from './band-section';
import { checkDesign } from './check-design';
import type { BandPiece, Design, DesignProblem, PendantPiece } from './design';
import { type DesignMessage, designErrorMessage, designProblem, sayDesignMessage } from './design-messages';
import { ENGRAVING_DEPTH_MM, fitBandEngraving, fitPendantEngraving } from './engraving-fit';
import { layoutEngraving, normaliseEngraving } from './engraving-layout';
import { makeBail } from './make-bail';
import { makeBand } from './make-band';
import { makePendantBody } from './make-pendant';
import { makeSettingMetal, makeStone, type SurfaceHeight } from './make-setting';
import type { PartMesh, Point3 } from './mesh-builder';
import { makePendantOutline } from './pendant-outline';
import { layOutSetting } from './stone-layout';
import { mergeMeshes, standUpright, transformMesh } from './transform-mesh';

/**
 * A design that cannot be made; `checkDesign` says why, control by control. `localized` is what the
 * shopper reads, as a key and params said in their language (core's catalogue); `message` is its
 * English text, for logs and programs; `problems` are each problem with its control.
 */
export class DesignError extends Error {
  readonly localized: DesignMessage;

  constructor(readonly problems: DesignProblem[]) {
    const localized = designErrorMessage(problems);
    super(sayDesignMessage(localized));
    this.name = 'DesignError';
    this.localized = localized;
  }
}

/** Where a setting stands: its frame's origin on the piece, and the surface under it. */
interface Mount {
  toPiece: (point: Point3) => Point3;
  surface: SurfaceHeight;
}

/**
 * The metal of a design as one mesh in millimetres, Z up: a ring stands on its edge with the stone
 * on top, a pendant faces −Y with its bail on top. Every part is a closed, outward-wound shell; a
 * setting and a bail sink SEAT_DEPTH_MM / a share of their wire into the piece so they fuse when
 * cast. `engraved` marks the vertices at the bottom of engraved letters (for a viewer to darken them, as
 * a jeweller darkens an engraving). The stones are not metal: see buildStones.
 */
export function buildDesign(design: Design): PartMesh {
  assertBuildable(design);
  const parts =
    design.piece.kind === 'band'
      ? buildBandParts(design, design.piece)
      : buildPendantParts(design, design.piece);
  const mount = mountOf(design);
  if (design.setting && mount) {
    const layout = layOutSetting(design.setting);
    parts.push(transformMesh(makeSettingMetal(design.setting, layout, mount.surface), mount.toPiece));
  }
  return transformMesh(mergeMeshes(parts), standUpright);
}

/** The stones of a design, placed as in buildDesign, for showing as gems (null without a stone). */
export function buildStones(design: Design): PartMesh | null {
  assertBuildable(design);
  const mount = mountOf(design);
  if (!design.setting || !mount) return null;
  const stone = makeStone(layOutSetting(design.setting));
  return transformMesh(transformMesh(stone, mount.toPiece), standUpright);
}

function assertBuildable(design: Design): void {
  const problems = checkDesign(design);
  if (problems.length > 0) throw new DesignError(problems);
}

function engravedText(design: Design): string | null {
  const text = design.engraving ? normaliseEngraving(design.engraving.text) : '';
  return text.length > 0 ? text : null;
}

function buildBandParts(design: Design, band: BandPiece): PartMesh[] {
  const section = sectionOfBand(band);
  const text = engravedText(design);
  if (!text) return [makeBand(section)];
  const fit = fitBandEngraving(text, section.widthMm, section.innerRadiusMm);
  if (!fit.ok) throw new DesignError([designProblem('engraving', fit.problem)]);
  return [
    makeBand(section, {
      bitmap: layoutEngraving(text),
      pitchMm: fit.pitchMm,
      depthMm: ENGRAVING_DEPTH_MM.band,
    }),
  ];
}

function buildPendantParts(design: Design, pendant: PendantPiece): PartMesh[] {
  const outline = makePendantOutline(pendant.shape, pendant.heightMm);
  const text = engravedText(design);
  const face = design.engraving?.face;
  let body: PartMesh;
  if (text && (face === 'front' || face === 'back')) {
    const fit = fitPendantEngraving(text, outline);
    if (!fit.ok) throw new DesignError([designProblem('engraving', fit.problem)]);
    body = makePendantBody(outline, pendant.thicknessMm, {
      bitmap: layoutEngraving(text),
      pitchMm: fit.pitchMm,
      depthMm: ENGRAVING_DEPTH_MM.pendant,
      face,
    });
  } else {
    body = makePendantBody(outline, pendant.thicknessMm);
  }
  return [body, makeBail(pendant.bail, outline.top)];
}

/**
 * A band carries its stone on top (+Y before standing up), the setting's underside following the
 * band's outside; a pendant carries it at the centre of its front face.
 */
function mountOf(design: Design): Mount | null {
  const piece = design.piece;
  if (piece.kind === 'band') {
    const shape = shapeOfSection(sectionOfBand(piece));
    const top = topRadius(shape);
    return {
      toPiece: ([x, y, z]) => [x, y + top, z],
      surface: (x, z) => Math.sqrt(Math.max(0, outerRadiusAt(shape, z) ** 2 - x * x)) - top,
    };
  }
  const outline = makePendantOutline(piece.shape, piece.heightMm);
  const [cx, cy] = outline.centre;
  const front = piece.thicknessMm / 2;
  return {
    // The setting's Y (up) becomes the face's normal, its Z (the stone's length) runs up the pendant.
    toPiece: ([x, y, z]) => [x + cx, cy - z, y + front],
    surface: () => 0,
  };
}
