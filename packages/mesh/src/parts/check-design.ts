import { shapeOfSection, topRadius } from './band-profile';
import { sectionOfBand } from './band-section';
import { type BandPiece, DESIGN_LIMITS, type Design, type DesignProblem, type PendantPiece } from './design';
import { type DesignLabel, designProblem } from './design-messages';
import { fitBandEngraving, fitPendantEngraving } from './engraving-fit';
import { findUnsupportedCharacters, normaliseEngraving } from './engraving-layout';
import { isEllipseInside, makePendantOutline } from './pendant-outline';
import { innerDiameterMm, RING_SIZE_RANGE } from './ring-size';
import { layOutSetting, type SettingSpec } from './stone-layout';

type Range = { min: number; max: number };

/**
 * Everything that stops a design from being made, each explained next to the control that changes
 * it. An empty list means buildDesign can make it.
 */
export function checkDesign(design: Design): DesignProblem[] {
  const problems: DesignProblem[] = [];
  const piece = design.piece;
  if (piece.kind === 'band') checkBand(piece, problems);
  else checkPendant(piece, problems);
  if (design.setting) checkStone(design.setting, problems);
  if (problems.length === 0 && design.setting) checkStoneFits(piece, design.setting, problems);
  if (design.engraving) checkEngraving(design, problems);
  return problems;
}

function checkBand(band: BandPiece, problems: DesignProblem[]): void {
  const range = RING_SIZE_RANGE[band.size.system];
  if (!Number.isFinite(band.size.value)) {
    problems.push(designProblem('ring-size', { key: 'design.ring-size-missing', params: {} }));
  } else if (band.size.value < range.min || band.size.value > range.max) {
    const low = innerDiameterMm({ system: band.size.system, value: range.min }).toFixed(1);
    const high = innerDiameterMm({ system: band.size.system, value: range.max }).toFixed(1);
    problems.push(
      designProblem('ring-size', {
        key: 'design.ring-size-out-of-range',
        params: {
          system: band.size.system,
          value: band.size.value,
          min: range.min,
          max: range.max,
          lowMm: Number(low),
          highMm: Number(high),
        },
      }),
    );
  }
  checkRange(problems, 'band-width', 'band-width', band.widthMm, DESIGN_LIMITS.bandWidthMm);
  checkRange(problems, 'band-thickness', 'band-thickness', band.thicknessMm, DESIGN_LIMITS.bandThicknessMm);
}

function checkPendant(pendant: PendantPiece, problems: DesignProblem[]): void {
  checkRange(problems, 'pendant-height', 'pendant-height', pendant.heightMm, DESIGN_LIMITS.pendantHeightMm);
  checkRange(
    problems,
    'pendant-thickness',
    'pendant-thickness',
    pendant.thicknessMm,
    DESIGN_LIMITS.pendantThicknessMm,
  );
  checkRange(
    problems,
    'bail-opening',
    'bail-opening',
    pendant.bail.innerDiameterMm,
    DESIGN_LIMITS.bailOpeningMm,
  );
  checkRange(problems, 'bail-wire', 'bail-wire', pendant.bail.wireMm, DESIGN_LIMITS.bailWireMm);
}

function checkStone(setting: SettingSpec, problems: DesignProblem[]): void {
  const { stone } = setting;
  const lengthLabel = stone.cut === 'round' ? 'stone-diameter' : 'stone-length';
  checkRange(problems, 'stone-length', lengthLabel, stone.lengthMm, DESIGN_LIMITS.stoneLengthMm);
  if (stone.cut === 'oval') {
    checkRange(problems, 'stone-width', 'stone-width', stone.widthMm, DESIGN_LIMITS.stoneWidthMm);
    if (stone.widthMm >= stone.lengthMm) {
      problems.push(
        designProblem('stone-width', {
          key: 'design.oval-not-longer',
          params: { lengthMm: stone.lengthMm },
        }),
      );
    }
  }
}

/** A stone on a band may be up to four band widths across; on a pendant its setting must fit the face. */
function checkStoneFits(piece: Design['piece'], setting: SettingSpec, problems: DesignProblem[]): void {
  const layout = layOutSetting(setting);
  // A stone named by its size when it is round.
  const stone = {
    round: setting.stone.cut === 'round' ? ('yes' as const) : ('no' as const),
    stoneMm: setting.stone.lengthMm,
  };
  if (piece.kind === 'band') {
    const most = DESIGN_LIMITS.stonePerBandWidth * piece.widthMm;
    const widen = Math.ceil((setting.stone.lengthMm / DESIGN_LIMITS.stonePerBandWidth) * 10) / 10;
    if (setting.stone.lengthMm > most + 1e-9) {
      problems.push(
        designProblem('stone-length', {
          key: 'design.stone-too-large-for-band-width',
          params: { ...stone, bandMm: piece.widthMm, mostMm: Number(most.toFixed(1)), widenMm: widen },
        }),
      );
    }
    const outer = topRadius(shapeOfSection(sectionOfBand(piece)));
    if (layout.footprintA > outer * 0.6) {
      problems.push(
        designProblem('stone-length', {
          key: 'design.stone-too-large-for-ring-size',
          params: { ...stone, system: piece.size.system, value: piece.size.value },
        }),
      );
    }
    return;
  }
  const outline = makePendantOutline(piece.shape, piece.heightMm);
  const margin = DESIGN_LIMITS.pendantStoneMarginMm;
  // The setting's long side runs up the pendant.
  if (
    !isEllipseInside(outline.points, outline.centre, layout.footprintA + margin, layout.footprintB + margin)
  ) {
    problems.push(
      designProblem('stone-length', {
        key: 'design.stone-too-large-for-pendant',
        params: { ...stone, heightMm: piece.heightMm, shape: piece.shape },
      }),
    );
  }
}

function checkEngraving(design: Design, problems: DesignProblem[]): void {
  const engraving = design.engraving!;
  const text = normaliseEngraving(engraving.text);
  if (text.length === 0) return;
  const unsupported = findUnsupportedCharacters(engraving.text);
  if (unsupported.length > 0) {
    problems.push(
      designProblem('engraving', {
        key: 'design.engraving-unsupported-characters',
        params: { characters: unsupported.map((char) => `“${char}”`).join(', ') },
      }),
    );
    return;
  }
  if ([...text].length > DESIGN_LIMITS.engravingCharacters) {
    problems.push(
      designProblem('engraving', {
        key: 'design.engraving-too-many-characters',
        params: { count: DESIGN_LIMITS.engravingCharacters },
      }),
    );
    return;
  }
  const piece = design.piece;
  if (piece.kind === 'band') {
    if (problems.some((p) => p.control === 'ring-size' || p.control === 'band-width')) return;
    const fit = fitBandEngraving(text, piece.widthMm, innerDiameterMm(piece.size) / 2);
    if (!fit.ok) problems.push(designProblem('engraving', fit.problem));
    return;
  }
  if (engraving.face === 'inside') {
    problems.push(designProblem('engraving', { key: 'design.engraving-pendant-inside', params: {} }));
    return;
  }
  if (engraving.face === 'front' && design.setting) {
    problems.push(designProblem('engraving', { key: 'design.engraving-front-has-stone', params: {} }));
    return;
  }
  if (problems.some((p) => p.control === 'pendant-height')) return;
  const fit = fitPendantEngraving(text, makePendantOutline(piece.shape, piece.heightMm));
  if (!fit.ok) problems.push(designProblem('engraving', fit.problem));
}

function checkRange(
  problems: DesignProblem[],
  control: DesignProblem['control'],
  label: DesignLabel,
  value: number,
  range: Range,
): void {
  if (!Number.isFinite(value)) {
    problems.push(designProblem(control, { key: 'design.value-missing', params: { control, label } }));
  } else if (value < range.min || value > range.max) {
    problems.push(
      designProblem(control, {
        key: 'design.value-out-of-range',
        params: { control, label, min: range.min, max: range.max, value },
      }),
    );
  }
}
