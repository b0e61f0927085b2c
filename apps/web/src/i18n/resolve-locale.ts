import { DEFAULT_LOCALE, isLocale, type Locale, negotiateLocale } from '@facet/core/i18n/locale';

/** The cookie that keeps a visitor's language (signed out, or before their choice is saved). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The page's language: the user's saved choice, else the cookie, else the browser's, else English. */
export function resolveLocale(input: {
  userLocale: string | null | undefined;
  cookieLocale: string | null | undefined;
  acceptLanguage: string | null | undefined;
}): Locale {
  if (isLocale(input.userLocale)) return input.userLocale;
  if (isLocale(input.cookieLocale)) return input.cookieLocale;
  return negotiateLocale(input.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language a request asks for by itself, without the session: the cookie's, else the browser's,
 * else English. For answers written when reading the account is not wise (a request that failed).
 */
export function requestLocale(request: Request): Locale {
  return resolveLocale({
    userLocale: null,
    cookieLocale: cookieValue(request.headers.get('cookie'), LOCALE_COOKIE),
    acceptLanguage: request.headers.get('accept-language'),
  });
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const [key, ...value] = pair.split('=');
    if (key?.trim() === name) return value.join('=').trim();
  }
  return undefined;
}
