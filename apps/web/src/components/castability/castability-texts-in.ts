import { createTranslator } from 'next-intl';
import { CATALOGUES } from '../../i18n/catalogues';
import { type CastabilityT, castabilityTexts } from './castability-text';

/** For tests: the castability texts in a language, with the web's own catalogue. */
export function castabilityTextsIn(castability: Parameters<typeof castabilityTexts>[0], locale: 'en' | 'ru') {
  const t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'uiCastability' });
  return castabilityTexts(castability, t as unknown as CastabilityT, locale);
}
