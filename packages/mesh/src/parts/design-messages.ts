import type { DesignControl, DesignProblem } from './design';
import type { PendantShapeName } from './pendant-outline';
import { formatRingSize, type RingSizeSystem } from './ring-size';

/**
 * What the constructor's rules say when a design cannot be made: a key and its params per problem,
 * and the English text (a DesignProblem's and a DesignError's `message`, for logs and programs). The
 * Russian texts are core's (its domain catalogue holds every key here, as for the parsers' refusals),
 * so the constructor's page and the server say a problem in the reader's language. Figures are params
 * as numbers, written by each language.
 */

type None = Record<never, never>;

/** A control a figure is entered in, by the name the page gives it (a round stone's length is its diameter). */
export type DesignLabel = Exclude<DesignControl, 'ring-size' | 'engraving'> | 'stone-diameter';

/** How a stone is named: by its size when it is round ("A 6 mm stone"), else "This stone". */
type StoneNamed = {
  round: 'yes' | 'no';
  stoneMm: number;
};

/** The params of each message; a list of messages is said one after another, in the same language. */
export type DesignMessageParams = {
  'design.ring-size-missing': None;
  'design.ring-size-out-of-range': {
    system: RingSizeSystem;
    value: number;
    min: number;
    max: number;
    lowMm: number;
    highMm: number;
  };
  'design.value-missing': { control: DesignControl; label: DesignLabel };
  'design.value-out-of-range': {
    control: DesignControl;
    label: DesignLabel;
    min: number;
    max: number;
    value: number;
  };
  'design.oval-not-longer': { lengthMm: number };
  'design.stone-too-large-for-band-width': StoneNamed & { bandMm: number; mostMm: number; widenMm: number };
  'design.stone-too-large-for-ring-size': StoneNamed & { system: RingSizeSystem; value: number };
  'design.stone-too-large-for-pendant': StoneNamed & { heightMm: number; shape: PendantShapeName };
  'design.engraving-unsupported-characters': { characters: string };
  'design.engraving-too-many-characters': { count: number };
  'design.engraving-pendant-inside': None;
  'design.engraving-front-has-stone': None;
  'design.engraving-band-too-narrow': { widthMm: number };
  'design.engraving-too-long-for-band': { text: string; count: number };
  'design.engraving-too-long-for-pendant': { text: string; count: number };
  /** Every problem of a design the builder was asked to make anyway. */
  'design.problems': { problems: DesignProblemMessage[] };
};

export type DesignMessageKey = keyof DesignMessageParams;

/** One message: its key and params, as a DesignProblem and a DesignError carry it. */
export type DesignMessage<K extends DesignMessageKey = DesignMessageKey> = {
  [P in K]: { key: P; params: DesignMessageParams[P] };
}[K];

/** The message of one problem (every key but the list of them). */
export type DesignProblemMessage = DesignMessage<Exclude<DesignMessageKey, 'design.problems'>>;

/** What a problem is, for programs: its key without `design.`. */
export type DesignProblemCode = CodeOf<DesignProblemMessage['key']>;
type CodeOf<K> = K extends `design.${infer Code}` ? Code : never;

/** The params as a template reads them: every list of messages already said, as text. */
export type SaidDesignParams<K extends DesignMessageKey> = {
  [P in keyof DesignMessageParams[K]]: DesignMessageParams[K][P] extends DesignMessage[]
    ? string
    : DesignMessageParams[K][P];
};

export type DesignTemplates = { [K in DesignMessageKey]: (params: SaidDesignParams<K>) => string };

const LABELS_EN: Record<DesignLabel, string> = {
  'band-width': 'Band width',
  'band-thickness': 'Band thickness',
  'pendant-height': 'Pendant height',
  'pendant-thickness': 'Pendant thickness',
  'bail-opening': 'Bail opening',
  'bail-wire': 'Bail wire',
  'stone-diameter': 'Stone diameter',
  'stone-length': 'Stone length',
  'stone-width': 'Stone width',
};

const stoneEn = (p: StoneNamed) => (p.round === 'yes' ? `A ${p.stoneMm} mm stone` : 'This stone');

export const DESIGN_MESSAGES_EN: DesignTemplates = {
  'design.ring-size-missing': () => 'Enter a ring size.',
  'design.ring-size-out-of-range': (p) =>
    `Ring size ${formatRingSize({ system: p.system, value: p.value })} is outside what we make: ${p.system} ${p.min} to ${p.max} (inner diameter ${p.lowMm.toFixed(1)} to ${p.highMm.toFixed(1)} mm).`,
  'design.value-missing': (p) => `Enter the ${LABELS_EN[p.label].toLowerCase()}.`,
  'design.value-out-of-range': (p) =>
    `${LABELS_EN[p.label]} must be between ${p.min} and ${p.max} mm (it is ${p.value} mm).`,
  'design.oval-not-longer': (p) =>
    `An oval is longer than it is wide: make the width less than the length (${p.lengthMm} mm), or choose a round stone.`,
  'design.stone-too-large-for-band-width': (p) =>
    `${stoneEn(p)} is too large for a ${p.bandMm} mm band: at most ${p.mostMm.toFixed(1)} mm across, or widen the band to ${p.widenMm.toFixed(1)} mm.`,
  'design.stone-too-large-for-ring-size': (p) =>
    `${stoneEn(p)} is too large for a ring of size ${p.system} ${p.value}: choose a smaller stone or a larger size.`,
  'design.stone-too-large-for-pendant': (p) =>
    `${stoneEn(p)} is too large for a ${p.heightMm} mm ${p.shape}: choose a smaller stone or make the pendant larger.`,
  'design.engraving-unsupported-characters': (p) =>
    `We cannot engrave ${p.characters}: use letters, digits, spaces and . , ' ! ? - + & : / ♥`,
  'design.engraving-too-many-characters': (p) => `Engraving can be at most ${p.count} characters.`,
  'design.engraving-pendant-inside': () => 'A pendant is engraved on its front or its back.',
  'design.engraving-front-has-stone': () =>
    'The stone sits on the front of the pendant: engrave the back instead.',
  'design.engraving-band-too-narrow': (p) =>
    `Engraving needs a band at least ${p.widthMm.toFixed(1)} mm wide for the letters to cast cleanly.`,
  'design.engraving-too-long-for-band': (p) =>
    `“${p.text}” is too long for the inside of this band: ${p.count} characters fit. Shorten it, or choose a larger size.`,
  'design.engraving-too-long-for-pendant': (p) =>
    `“${p.text}” is too long for this pendant: ${p.count} characters fit. Shorten it, or make the pendant larger.`,
  'design.problems': (p) => p.problems,
};

/** Params to say each message with in tests (core's catalogue renders them in every language). */
export const DESIGN_MESSAGE_EXAMPLES: { [K in DesignMessageKey]: DesignMessageParams[K] } = {
  'design.ring-size-missing': {},
  'design.ring-size-out-of-range': { system: 'EU', value: 80, min: 44, max: 76, lowMm: 14, highMm: 24.2 },
  'design.value-missing': { control: 'bail-wire', label: 'bail-wire' },
  'design.value-out-of-range': {
    control: 'band-width',
    label: 'band-width',
    min: 1.5,
    max: 12,
    value: 40,
  },
  'design.oval-not-longer': { lengthMm: 8.5 },
  'design.stone-too-large-for-band-width': {
    round: 'yes',
    stoneMm: 9.5,
    bandMm: 2.2,
    mostMm: 8.8,
    widenMm: 2.4,
  },
  'design.stone-too-large-for-ring-size': { round: 'yes', stoneMm: 12, system: 'EU', value: 44 },
  'design.stone-too-large-for-pendant': { round: 'yes', stoneMm: 14, heightMm: 12.5, shape: 'heart' },
  'design.engraving-unsupported-characters': { characters: '“€”, “@”' },
  'design.engraving-too-many-characters': { count: 24 },
  'design.engraving-pendant-inside': {},
  'design.engraving-front-has-stone': {},
  'design.engraving-band-too-narrow': { widthMm: 2.4 },
  'design.engraving-too-long-for-band': { text: 'TOGETHER FOREVER', count: 11 },
  'design.engraving-too-long-for-pendant': { text: 'LOVE YOU ALWAYS', count: 5 },
  'design.problems': {
    problems: [
      { key: 'design.ring-size-missing', params: {} },
      { key: 'design.engraving-front-has-stone', params: {} },
    ],
  },
};

/** A message as a template of `templates` says it, a list of messages inside it said first. */
export function sayDesignMessage(
  message: DesignMessage,
  templates: DesignTemplates = DESIGN_MESSAGES_EN,
): string {
  const params = Object.fromEntries(
    Object.entries(message.params).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? value.map((item: DesignMessage) => sayDesignMessage(item, templates)).join(' ')
        : value,
    ]),
  );
  return (templates[message.key] as (params: unknown) => string)(params);
}

/** A problem next to its control: its message, with its English, code and figures for programs. */
export function designProblem(control: DesignControl, message: DesignProblemMessage): DesignProblem {
  return {
    control,
    message: sayDesignMessage(message),
    code: message.key.slice('design.'.length) as DesignProblemCode,
    values: message.params,
    localized: message,
  };
}

/** What a DesignError says: its one problem, or every problem one after another. */
export function designErrorMessage(problems: DesignProblem[]): DesignMessage {
  const [only] = problems;
  if (only && problems.length === 1) return only.localized;
  return { key: 'design.problems', params: { problems: problems.map((problem) => problem.localized) } };
}
