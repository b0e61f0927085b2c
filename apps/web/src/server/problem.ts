import 'server-only';
import { type DomainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import type { Locale } from '@facet/core/i18n/locale';
import { DOMAIN_ERRORS, isDomainError } from '@facet/core/shared/errors';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, resolveLocale } from '@/i18n/resolve-locale';
import { getSessionUser } from './auth';
import type { RequestScope } from './observability/route-observer';
import { toApiProblem } from './partner-api/map-error';
import {
  type ApiProblem,
  PROBLEM_BASE_URI,
  problemBody,
  problemResponse,
  writeProblem,
} from './partner-api/problem';

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
 * A route's own refusal from the catalogue, said in the user's language (its English beside it in
 * `detailEn` when that is another).
 */
export async function sayProblem(
  status: number,
  title: string,
  message: DomainMessage,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  const locale = await sessionLocale();
  const english = locale === 'en' ? {} : { detailEn: renderDomainMessage(message, 'en') };
  return problem(status, title, renderDomainMessage(message, locale), { ...english, ...extra }, locale);
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
  if (isDomainError(error) && error.code === 'UNAUTHENTICATED' && !error.reason) {
    return signInProblem(found, scope.requestId, locale);
  }
  return problemResponse(found, scope.requestId, {}, locale);
}

/** A session route's "sign in" has no API key in it: not the partner API's `invalid-api-key`. */
const SIGN_IN_TITLE: Record<Locale, string> = {
  en: DOMAIN_ERRORS.UNAUTHENTICATED.title,
  ru: 'Вход не выполнен',
};

function signInProblem(found: ApiProblem, requestId: string, locale: Locale): Response {
  return writeProblem(
    {
      ...problemBody(found, requestId, locale),
      type: `${PROBLEM_BASE_URI}${DOMAIN_ERRORS.UNAUTHENTICATED.problem}`,
      title: SIGN_IN_TITLE[locale],
    },
    {},
    locale,
  );
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
