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
