import { DEFAULT_LOCALE, isLocale, type Locale } from '@facet/core/i18n/locale';
import { ringSizeSystemName as nameSystem, sayRingSize } from '@facet/core/i18n/ring-sizes';
import {
  RING_SIZE_SYSTEMS,
  type RingSize,
  type RingSizeSystem,
  ringSizeOf,
} from '@facet/mesh/parts/ring-size';

/**
 * Ring sizes in the reader's language, as core's catalogue says them: English keeps the systems'
 * codes ("EU 54 · US 6¾ · UK N · RU 17"); Russian names them as a Russian jeweller does
 * («Рос. 17 · Евр. 54 · Амер. 6¾ · Брит. N»), with a decimal comma, and puts the Russian system first.
 */
const ORDER: Record<string, readonly RingSizeSystem[]> = {
  ru: ['RU', 'EU', 'US', 'UK'],
};

const catalogueLocale = (locale: string): Locale => (isLocale(locale) ? locale : DEFAULT_LOCALE);

export function ringSizeSystemName(system: RingSizeSystem, locale: string): string {
  return nameSystem(catalogueLocale(locale), system);
}

/** The systems in the order the reader expects them. */
export function ringSizeSystemsFor(locale: string): readonly RingSizeSystem[] {
  return ORDER[locale] ?? RING_SIZE_SYSTEMS;
}

/** "EU 54" in English, «Евр. 54» in Russian; "RU 17.5" / «Рос. 17,5». */
export function formatRingSizeIn(size: RingSize, locale: string): string {
  return sayRingSize(catalogueLocale(locale), size);
}

/** The inner diameter in every system, for a label: "EU 54 · US 6¾ · UK N · RU 17". */
export function formatRingSizeEverywhereIn(diameterMm: number, locale: string): string {
  return ringSizeSystemsFor(locale)
    .map((system) => formatRingSizeIn(ringSizeOf(diameterMm, system), locale))
    .join(' · ');
}
