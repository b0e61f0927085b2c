/** The short unit names a duration is written with, in each language Facet speaks. */
const UNIT_NAMES: Record<string, Record<DurationUnit, string>> = {
  en: { d: 'd', h: 'h', min: 'min', s: 's', ms: 'ms' },
  ru: { d: 'дн', h: 'ч', min: 'мин', s: 'с', ms: 'мс' },
};

export type DurationUnit = 'd' | 'h' | 'min' | 's' | 'ms';

/** A duration unit's short name in the reader's language (`d`, `дн`), as on a chart's axis. */
export function durationUnitName(unit: DurationUnit, locale = 'en'): string {
  return (UNIT_NAMES[locale] ?? UNIT_NAMES.en!)[unit];
}

/** "3 d 4 h", "45 min", "12 s", "80 ms" (in Russian "3 дн 4 ч"): a duration as people say it, to two units at most. */
export function formatDuration(seconds: number, locale = 'en'): string {
  const name = (unit: DurationUnit) => durationUnitName(unit, locale);
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ${name('ms')}`;
  const s = Math.max(0, Math.round(seconds));
  const units: Array<[DurationUnit, number]> = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [unit, size] of units) {
    const amount = Math.floor(rest / size);
    if (amount > 0 || (parts.length === 0 && unit === 's')) parts.push(`${amount} ${name(unit)}`);
    rest -= amount * size;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
