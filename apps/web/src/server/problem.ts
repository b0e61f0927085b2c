import 'server-only';
import type { Locale } from '@facet/core/i18n/locale';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, resolveLocale } from '@/i18n/resolve-locale';
import { getSessionUser } from './auth';
import type { RequestScope } from './observability/route-observer';
import { toApiProblem } from './partner-api/map-error';
import { problemResponse, writeProblem } from './partner-api/problem';

/**
 * problem+json for the session routes (uploads, file downloads, the tRPC endpoint's own limits). One
 * writer and one mapping with the partner API: a route's own refusal goes through `problem`, what
 * it catches through `problemFromError`.
 */
export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
  locale: Locale = 'en',
): Response {
  return writeProblem({ type: 'about:blank', title, status, detail, ...extra }, {}, locale);
}

/**
 * Maps what the domain throws to a problem (the partner API's mapping), in the user's language where
 * the domain's message has one; anything unexpected is a 500 without details, logged with the
 * request's id (which the body carries, for the user to quote).
 */
export async function problemFromError(
  error: unknown,
  scope: Pick<RequestScope, 'requestId' | 'fail'>,
): Promise<Response> {
  const found = toApiProblem(error, scope.requestId);
  if (found.slug === 'internal-error') scope.fail(error);
  // Only a message the catalogue has is said in Russian; any other keeps its exact English detail.
  const locale = found.extras.localized ? await sessionLocale() : 'en';
  return problemResponse(found, scope.requestId, {}, locale);
}

/** The signed-in user's language, else the cookie's, else the browser's; English outside a request. */
export async function sessionLocale(): Promise<Locale> {
  try {
    const [cookieStore, headerList, user] = await Promise.all([cookies(), headers(), getSessionUser()]);
    return resolveLocale({
      userLocale: user?.locale,
      cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerList.get('accept-language'),
    });
  } catch {
    return 'en';
  }
}
