import { shapeOfSection, topRadius } from './band-profile';
import { sectionOfBand } from './band-section';
import { type BandPiece, DESIGN_LIMITS, type Design, type DesignProblem, type PendantPiece } from './design';
import { fitBandEngraving, fitPendantEngraving } from './engraving-fit';
import { findUnsupportedCharacters, normaliseEngraving } from './engraving-layout';
import { isEllipseInside, makePendantOutline } from './pendant-outline';
import { formatRingSize, innerDiameterMm, RING_SIZE_RANGE } from './ring-size';
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
    problems.push({
      control: 'ring-size',
      message: 'Enter a ring size.',
      code: 'ring-size-missing',
      values: {},
    });
  } else if (band.size.value < range.min || band.size.value > range.max) {
    const low = innerDiameterMm({ system: band.size.system, value: range.min }).toFixed(1);
    const high = innerDiameterMm({ system: band.size.system, value: range.max }).toFixed(1);
    problems.push({
      control: 'ring-size',
      message: `Ring size ${formatRingSize(band.size)} is outside what we make: ${band.size.system} ${range.min} to ${range.max} (inner diameter ${low} to ${high} mm).`,
      code: 'ring-size-out-of-range',
      values: {
        system: band.size.system,
        value: band.size.value,
        min: range.min,
        max: range.max,
        lowMm: Number(low),
        highMm: Number(high),
      },
    });
  }
  checkRange(problems, 'band-width', 'Band width', band.widthMm, DESIGN_LIMITS.bandWidthMm);
  checkRange(problems, 'band-thickness', 'Band thickness', band.thicknessMm, DESIGN_LIMITS.bandThicknessMm);
}

function checkPendant(pendant: PendantPiece, problems: DesignProblem[]): void {
  checkRange(problems, 'pendant-height', 'Pendant height', pendant.heightMm, DESIGN_LIMITS.pendantHeightMm);
  checkRange(
    problems,
    'pendant-thickness',
    'Pendant thickness',
    pendant.thicknessMm,
    DESIGN_LIMITS.pendantThicknessMm,
  );
  checkRange(
    problems,
    'bail-opening',
    'Bail opening',
    pendant.bail.innerDiameterMm,
    DESIGN_LIMITS.bailOpeningMm,
  );
  checkRange(problems, 'bail-wire', 'Bail wire', pendant.bail.wireMm, DESIGN_LIMITS.bailWireMm);
}

function checkStone(setting: SettingSpec, problems: DesignProblem[]): void {
  const { stone } = setting;
  const lengthLabel = stone.cut === 'round' ? 'Stone diameter' : 'Stone length';
  checkRange(problems, 'stone-length', lengthLabel, stone.lengthMm, DESIGN_LIMITS.stoneLengthMm);
  if (stone.cut === 'oval') {
    checkRange(problems, 'stone-width', 'Stone width', stone.widthMm, DESIGN_LIMITS.stoneWidthMm);
    if (stone.widthMm >= stone.lengthMm) {
      problems.push({
        control: 'stone-width',
        message: `An oval is longer than it is wide: make the width less than the length (${stone.lengthMm} mm), or choose a round stone.`,
        code: 'oval-not-longer',
        values: { lengthMm: stone.lengthMm },
      });
    }
  }
}

/** A stone on a band may be up to four band widths across; on a pendant its setting must fit the face. */
function checkStoneFits(piece: Design['piece'], setting: SettingSpec, problems: DesignProblem[]): void {
  const layout = layOutSetting(setting);
  const stoneLabel = setting.stone.cut === 'round' ? `A ${setting.stone.lengthMm} mm stone` : 'This stone';
  // A stone named by its size when it is round (the ICU `select` of the messages that say it).
  const stone = { round: setting.stone.cut === 'round' ? 'yes' : 'no', stoneMm: setting.stone.lengthMm };
  if (piece.kind === 'band') {
    const most = DESIGN_LIMITS.stonePerBandWidth * piece.widthMm;
    const widen = Math.ceil((setting.stone.lengthMm / DESIGN_LIMITS.stonePerBandWidth) * 10) / 10;
    if (setting.stone.lengthMm > most + 1e-9) {
      problems.push({
        control: 'stone-length',
        message: `${stoneLabel} is too large for a ${piece.widthMm} mm band: at most ${most.toFixed(1)} mm across, or widen the band to ${widen.toFixed(1)} mm.`,
        code: 'stone-too-large-for-band-width',
        values: { ...stone, bandMm: piece.widthMm, mostMm: Number(most.toFixed(1)), widenMm: widen },
      });
    }
    const outer = topRadius(shapeOfSection(sectionOfBand(piece)));
    if (layout.footprintA > outer * 0.6) {
      problems.push({
        control: 'stone-length',
        message: `${stoneLabel} is too large for a ring of size ${piece.size.system} ${piece.size.value}: choose a smaller stone or a larger size.`,
        code: 'stone-too-large-for-ring-size',
        values: { ...stone, system: piece.size.system, value: piece.size.value },
      });
    }
    return;
  }
  const outline = makePendantOutline(piece.shape, piece.heightMm);
  const margin = DESIGN_LIMITS.pendantStoneMarginMm;
  // The setting's long side runs up the pendant.
  if (
    !isEllipseInside(outline.points, outline.centre, layout.footprintA + margin, layout.footprintB + margin)
  ) {
    problems.push({
      control: 'stone-length',
      message: `${stoneLabel} is too large for a ${piece.heightMm} mm ${piece.shape}: choose a smaller stone or make the pendant larger.`,
      code: 'stone-too-large-for-pendant',
      values: { ...stone, heightMm: piece.heightMm, shape: piece.shape },
    });
  }
}

function checkEngraving(design: Design, problems: DesignProblem[]): void {
  const engraving = design.engraving!;
  const text = normaliseEngraving(engraving.text);
  if (text.length === 0) return;
  const unsupported = findUnsupportedCharacters(engraving.text);
  if (unsupported.length > 0) {
    problems.push({
      control: 'engraving',
      message: `We cannot engrave ${unsupported.map((char) => `“${char}”`).join(', ')}: use letters, digits, spaces and . , ' ! ? - + & : / ♥`,
      code: 'engraving-unsupported-characters',
      values: { characters: unsupported.map((char) => `“${char}”`).join(', ') },
    });
    return;
  }
  if ([...text].length > DESIGN_LIMITS.engravingCharacters) {
    problems.push({
      control: 'engraving',
      message: `Engraving can be at most ${DESIGN_LIMITS.engravingCharacters} characters.`,
      code: 'engraving-too-many-characters',
      values: { count: DESIGN_LIMITS.engravingCharacters },
    });
    return;
  }
  const piece = design.piece;
  if (piece.kind === 'band') {
    if (problems.some((p) => p.control === 'ring-size' || p.control === 'band-width')) return;
    const fit = fitBandEngraving(text, piece.widthMm, innerDiameterMm(piece.size) / 2);
    if (!fit.ok)
      problems.push({ control: 'engraving', message: fit.problem, code: fit.code, values: fit.values });
    return;
  }
  if (engraving.face === 'inside') {
    problems.push({
      control: 'engraving',
      message: 'A pendant is engraved on its front or its back.',
      code: 'engraving-pendant-inside',
      values: {},
    });
    return;
  }
  if (engraving.face === 'front' && design.setting) {
    problems.push({
      control: 'engraving',
      message: 'The stone sits on the front of the pendant: engrave the back instead.',
      code: 'engraving-front-has-stone',
      values: {},
    });
    return;
  }
  if (problems.some((p) => p.control === 'pendant-height')) return;
  const fit = fitPendantEngraving(text, makePendantOutline(piece.shape, piece.heightMm));
  if (!fit.ok)
    problems.push({ control: 'engraving', message: fit.problem, code: fit.code, values: fit.values });
}

function checkRange(
  problems: DesignProblem[],
  control: DesignProblem['control'],
  label: string,
  value: number,
  range: Range,
): void {
  if (!Number.isFinite(value)) {
    problems.push({
      control,
      message: `Enter the ${label.toLowerCase()}.`,
      code: 'value-missing',
      values: { control },
    });
  } else if (value < range.min || value > range.max) {
    problems.push({
      control,
      message: `${label} must be between ${range.min} and ${range.max} mm (it is ${value} mm).`,
      code: 'value-out-of-range',
      values: { control, min: range.min, max: range.max, value },
    });
  }
}
