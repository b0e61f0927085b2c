import {
  formatRingSize,
  RING_SIZE_SYSTEMS,
  type RingSize,
  type RingSizeSystem,
  ringSizeOf,
} from '@facet/mesh/parts/ring-size';
import { intlLocale } from '@facet/ui/format';

/**
 * Ring sizes in the reader's language. English keeps the systems' codes ("EU 54 · US 6¾ · UK N ·
 * RU 17"); Russian names them as a Russian jeweller does («Рос. 17 · Евр. 54 · Амер. 6¾ · Брит. N»),
 * with a decimal comma, and puts the Russian system first.
 */
const SHORT_NAME: Record<string, Record<RingSizeSystem, string>> = {
  ru: { EU: 'Евр.', US: 'Амер.', UK: 'Брит.', RU: 'Рос.' },
};

const ORDER: Record<string, readonly RingSizeSystem[]> = {
  ru: ['RU', 'EU', 'US', 'UK'],
};

export function ringSizeSystemName(system: RingSizeSystem, locale: string): string {
  return SHORT_NAME[locale]?.[system] ?? system;
}

/** The systems in the order the reader expects them. */
export function ringSizeSystemsFor(locale: string): readonly RingSizeSystem[] {
  return ORDER[locale] ?? RING_SIZE_SYSTEMS;
}

/** "EU 54" in English, «Евр. 54» in Russian; "RU 17.5" / «Рос. 17,5». */
export function formatRingSizeIn(size: RingSize, locale: string): string {
  const english = formatRingSize(size);
  const names = SHORT_NAME[locale];
  if (!names) return english;
  const value = english.slice(size.system.length + 1);
  const localised = /^\d+(\.\d+)?$/.test(value)
    ? Number(value).toLocaleString(intlLocale(locale), { maximumFractionDigits: 2 })
    : value;
  return `${names[size.system]} ${localised}`;
}

/** The inner diameter in every system, for a label: "EU 54 · US 6¾ · UK N · RU 17". */
export function formatRingSizeEverywhereIn(diameterMm: number, locale: string): string {
  return ringSizeSystemsFor(locale)
    .map((system) => formatRingSizeIn(ringSizeOf(diameterMm, system), locale))
    .join(' · ');
}
