import { z } from 'zod';

/** The languages Facet speaks; the first is the default. */
export const LOCALES = ['en', 'ru'] as const;
export const ZLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof ZLocale>;
export const DEFAULT_LOCALE: Locale = 'en';

/** The name of each language in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
  return ZLocale.safeParse(value).success;
}

/**
 * The first of our languages an `Accept-Language` header asks for, by its quality values
 * (`ru-RU,ru;q=0.9,en;q=0.8` → `ru`), or null when it asks for none of them.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const wanted = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality, index };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return wanted.map((entry) => entry.language).find(isLocale) ?? null;
}
