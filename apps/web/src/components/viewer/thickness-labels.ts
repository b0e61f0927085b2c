import { intlLocale } from '@facet/ui/format';

type Point = readonly [number, number, number];

/** A figure with exactly `digits` decimals in the reader's language: "0.80", «0,80». */
export function fixed(value: number, digits: number, locale: string): string {
  return value.toLocaleString(intlLocale(locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/**
 * A point on the model in millimetres, one decimal: "1.0, -2.5, 3.0" in English; in Russian the
 * decimal comma would run into the separator, so «1,0; -2,5; 3,0».
 */
export function formatPoint([x, y, z]: Point, locale: string): string {
  return [x, y, z].map((mm) => fixed(mm, 1, locale)).join(locale === 'en' ? ', ' : '; ');
}

/** A known reason why a wall was not measured, as a message key of `uiRest.thickness.reasons` and its values. */
export interface ThicknessReason {
  key: string;
  values?: Record<string, number>;
}

/**
 * The reasons the geometry engine gives (in English) for a wall it could not measure, so each can be
 * read in the reader's language. An unknown reason is `null`: it is shown as it came.
 */
const REASONS: Array<[RegExp, string, string[]]> = [
  [/^the model has no triangles$/, 'noTriangles', []],
  [/^the model is open \(it has holes or edges shared by more than two faces\)/, 'open', []],
  [/^the model encloses no volume/, 'noVolume', []],
  [/^the model is too detailed to measure within (\d+) s$/, 'tooDetailed', ['seconds']],
  [/^the model has no faces with area$/, 'noArea', []],
  [/^(\d+) % of its surface has no wall behind it/, 'noWallBehind', ['pct']],
];

export function thicknessReason(reason: string): ThicknessReason | null {
  for (const [pattern, key, names] of REASONS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    if (names.length === 0) return { key };
    return { key, values: Object.fromEntries(names.map((name, i) => [name, Number(match[i + 1])])) };
  }
  return null;
}
