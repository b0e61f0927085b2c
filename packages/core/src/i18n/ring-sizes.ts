import { formatRingSize, type RingSize, type RingSizeSystem } from '@facet/mesh/parts/ring-size';
import { sayUpTo2 } from './figures';
import type { Locale } from './locale';

/**
 * The sizing systems as each language names them. English keeps their codes ("EU 54 · US 6¾ · UK N
 * · RU 17"); Russian names them as a Russian jeweller does («Евр. 54», «Амер. 6¾», «Брит. N», «Рос. 17»).
 */
const SYSTEM_NAMES: Record<Locale, Record<RingSizeSystem, string>> = {
  en: { EU: 'EU', US: 'US', UK: 'UK', RU: 'RU' },
  ru: { EU: 'Евр.', US: 'Амер.', UK: 'Брит.', RU: 'Рос.' },
};

export function ringSizeSystemName(locale: Locale, system: RingSizeSystem): string {
  return SYSTEM_NAMES[locale][system];
}

/** "EU 54" in English, «Евр. 54» in Russian; "RU 17.5" / «Рос. 17,5»; a UK letter stays a letter. */
export function sayRingSize(locale: Locale, size: RingSize): string {
  const english = formatRingSize(size);
  if (locale === 'en') return english;
  const value = english.slice(size.system.length + 1);
  const said = /^\d+(\.\d+)?$/.test(value) ? sayUpTo2(locale, Number(value)) : value;
  return `${ringSizeSystemName(locale, size.system)} ${said}`;
}
