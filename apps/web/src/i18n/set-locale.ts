'use server';

import { forgetSessionUser } from '@facet/auth/session-user';
import { ZLocale } from '@facet/core/i18n/locale';
import { setUserLocale } from '@facet/core/identity/set-user-locale';
import { cookies } from 'next/headers';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { LOCALE_COOKIE } from './resolve-locale';

/** The switcher's action: keeps the language in a cookie and, for a signed-in user, on their account. */
export async function setLocale(rawLocale: string): Promise<void> {
  const locale = ZLocale.parse(rawLocale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  const user = await getSessionUser();
  if (user) {
    await setUserLocale(getDb(), user.id, locale);
    forgetSessionUser(user.id);
  }
}
