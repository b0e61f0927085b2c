import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getSessionUser } from '@/server/auth';
import { CATALOGUES } from './catalogues';
import { LOCALE_COOKIE, resolveLocale } from './resolve-locale';

/** next-auth's session cookie (`__Secure-` over HTTPS); without one there is no user to ask. */
function hasSessionCookie(names: string[]): boolean {
  return names.some((name) => name.endsWith('next-auth.session-token'));
}

export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // Static pages (the API docs) render without a request: no cookie, so no session lookup.
  const names = cookieStore.getAll().map((cookie) => cookie.name);
  const user = hasSessionCookie(names) ? await getSessionUser() : null;
  const locale = resolveLocale({
    userLocale: user?.locale,
    cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return {
    locale,
    messages: CATALOGUES[locale],
    timeZone: process.env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
});
