import {
  THICKNESS_REASON_CODES,
  THICKNESS_REASON_EXAMPLES,
  THICKNESS_REASONS_EN,
  type ThicknessReason,
  type ThicknessReasonCode,
  type ThicknessReasonParams,
  type ThicknessReasonTemplates,
} from '@facet/mesh/analysis/thickness-reasons';
import type { Entry, LocalizedMessage } from './domain-messages';
import { type PluralForms, plural, sayCount } from './figures';
import type { Locale } from './locale';

/** Seconds after "за": за 1 секунду, 2 секунды, 5 секунд, 21 секунду. */
const SECONDS_AFTER_FOR: PluralForms = { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' };

/**
 * Why a wall could not be measured, in Russian: a clause said after «Толщину стенок измерить не
 * удалось:» or «Толщина неизвестна:» (no capital, no full stop), as the English is.
 */
const THICKNESS_REASONS_RU: ThicknessReasonTemplates = {
  'no-triangles': () => 'в модели нет ни одного треугольника',
  open: () =>
    'модель не замкнута (в ней есть отверстия или рёбра, общие для более чем двух граней), поэтому внутри нечего измерять',
  'no-volume': () => 'модель не ограничивает никакого объёма, поэтому внутри нечего измерять',
  'too-detailed': (p) =>
    `модель слишком детальная, чтобы измерить её за ${sayCount('ru', p.seconds)} ${plural('ru', p.seconds, SECONDS_AFTER_FOR)}`,
  'no-area': () => 'в модели нет граней с ненулевой площадью',
  // «у 35 % поверхности нет…»: said so, the sentence reads right whatever the figure.
  'no-wall-behind': (p) =>
    `у ${sayCount('ru', p.percent)} % поверхности нет стенки с обратной стороны: модель не замкнута или её грани смотрят не в ту сторону`,
};

type ThicknessReasonKey = `mesh.thickness.${ThicknessReasonCode}`;

/** The reasons as catalogue entries (`mesh.thickness.<code>`): English from @facet/mesh, Russian from here. */
export const THICKNESS_REASON_ENTRIES = Object.fromEntries(
  THICKNESS_REASON_CODES.map((code) => [
    `mesh.thickness.${code}`,
    {
      en: THICKNESS_REASONS_EN[code],
      ru: THICKNESS_REASONS_RU[code],
      example: THICKNESS_REASON_EXAMPLES[code],
    },
  ]),
) as unknown as {
  [C in ThicknessReasonCode as `mesh.thickness.${C}`]: Entry<ThicknessReasonParams[C]>;
};

/** An unmeasured wall as an analysis stores it: with its code and params, or (stored before codes) its English only. */
export interface StoredThicknessUnknown {
  reason: string;
  code?: string | undefined;
  params?: Record<string, unknown> | undefined;
}

/** The English the engine wrote before its reasons had codes, read back to a code and its params. */
const STORED_BEFORE_CODES: Array<[RegExp, (match: RegExpExecArray) => ThicknessReason]> = [
  [/^the model has no triangles$/, () => ({ code: 'no-triangles', params: {} })],
  [
    /^the model is open \(it has holes or edges shared by more than two faces\)/,
    () => ({ code: 'open', params: {} }),
  ],
  [/^the model encloses no volume/, () => ({ code: 'no-volume', params: {} })],
  [
    /^the model is too detailed to measure within (\d+) s$/,
    (match) => ({ code: 'too-detailed', params: { seconds: Number(match[1]) } }),
  ],
  [/^the model has no faces with area$/, () => ({ code: 'no-area', params: {} })],
  [
    /^(\d+) % of its surface has no wall behind it/,
    (match) => ({ code: 'no-wall-behind', params: { percent: Number(match[1]) } }),
  ],
];

function isCode(code: string): code is ThicknessReasonCode {
  return (THICKNESS_REASON_CODES as string[]).includes(code);
}

/**
 * The reason a stored analysis gives, as a code and its params: its own where it has them, else read
 * from its English (analyses stored before codes); null for a reason nobody knows, said as it came.
 */
export function thicknessReasonOf(thickness: StoredThicknessUnknown): ThicknessReason | null {
  if (thickness.code && isCode(thickness.code)) {
    const names = Object.keys(THICKNESS_REASON_EXAMPLES[thickness.code]);
    const params = thickness.params ?? {};
    if (names.every((name) => typeof params[name] === 'number' && Number.isFinite(params[name]))) {
      return {
        code: thickness.code,
        params: Object.fromEntries(names.map((name) => [name, params[name]])),
      } as ThicknessReason;
    }
  }
  for (const [pattern, read] of STORED_BEFORE_CODES) {
    const match = pattern.exec(thickness.reason);
    if (match) return read(match);
  }
  return null;
}

/** The reason as a catalogue message to say inside another, or its stored English when it is none we know. */
export function thicknessReasonMessage(thickness: StoredThicknessUnknown): LocalizedMessage | string {
  const known = thicknessReasonOf(thickness);
  return known
    ? { key: `mesh.thickness.${known.code}` satisfies ThicknessReasonKey, params: known.params }
    : thickness.reason;
}

/** The reason in `locale` (one we do not know, as it came). */
export function sayThicknessReasonIn(thickness: StoredThicknessUnknown, locale: Locale): string {
  const known = thicknessReasonOf(thickness);
  if (!known) return thickness.reason;
  const templates = locale === 'ru' ? THICKNESS_REASONS_RU : THICKNESS_REASONS_EN;
  return (templates[known.code] as (params: ThicknessReason['params']) => string)(known.params);
}

/**
 * A reason said inside a Russian sentence: already Russian, or the English of a verdict stored before
 * reasons had codes, said in Russian when it is one we know.
 */
export function russianOfStoredReason(text: string): string {
  return sayThicknessReasonIn({ reason: text }, 'ru');
}
