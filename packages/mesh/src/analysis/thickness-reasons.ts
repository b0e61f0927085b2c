/**
 * Why a model's wall could not be measured: a stable code with its params (figures as numbers), and
 * the English sentence it makes (a `ThicknessUnknown`'s `reason`, for logs and for analyses stored
 * before codes). `@facet/mesh` cannot import core, so the codes, params and English live here; core's
 * catalogue says each in Russian too (`mesh.thickness.<code>`, packages/core/src/i18n/thickness-reasons.ts)
 * and reads an analysis stored without a code from its English.
 */

type None = Record<never, never>;

export type ThicknessReasonParams = {
  'no-triangles': None;
  open: None;
  'no-volume': None;
  /** The time limit the measure gave up at, in whole seconds. */
  'too-detailed': { seconds: number };
  'no-area': None;
  /** The share of the surface with no wall behind it, in whole percent. */
  'no-wall-behind': { percent: number };
};

export type ThicknessReasonCode = keyof ThicknessReasonParams;

/** One reason: its code and its params. */
export type ThicknessReason = {
  [C in ThicknessReasonCode]: { code: C; params: ThicknessReasonParams[C] };
}[ThicknessReasonCode];

export type ThicknessReasonTemplates = {
  [C in ThicknessReasonCode]: (params: ThicknessReasonParams[C]) => string;
};

/** Each reason in English, as a clause said after "Thickness unknown:" (no capital, no full stop). */
export const THICKNESS_REASONS_EN: ThicknessReasonTemplates = {
  'no-triangles': () => 'the model has no triangles',
  open: () =>
    'the model is open (it has holes or edges shared by more than two faces), so it has no inside to measure',
  'no-volume': () => 'the model encloses no volume, so it has no inside to measure',
  'too-detailed': (p) => `the model is too detailed to measure within ${p.seconds} s`,
  'no-area': () => 'the model has no faces with area',
  'no-wall-behind': (p) =>
    `${p.percent} % of its surface has no wall behind it: the model is open or its faces point the wrong way`,
};

export const THICKNESS_REASON_CODES = Object.keys(THICKNESS_REASONS_EN) as [
  ThicknessReasonCode,
  ...ThicknessReasonCode[],
];

/** The reason in English. */
export function sayThicknessReason(reason: ThicknessReason): string {
  return (THICKNESS_REASONS_EN[reason.code] as (params: ThicknessReason['params']) => string)(reason.params);
}

/** Params to say each reason with in tests (core's catalogue renders them in every language). */
export const THICKNESS_REASON_EXAMPLES: { [C in ThicknessReasonCode]: ThicknessReasonParams[C] } = {
  'no-triangles': {},
  open: {},
  'no-volume': {},
  'too-detailed': { seconds: 20 },
  'no-area': {},
  'no-wall-behind': { percent: 35 },
};
