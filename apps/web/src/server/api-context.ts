import 'server-only';
import type { ApiContext } from '@facet/api/context';
import { cookies, headers } from 'next/headers';
import { env } from '@/env';
import { LOCALE_COOKIE, resolveLocale } from '@/i18n/resolve-locale';
import { getSessionUser } from './auth';
import { getDb, getReadDb } from './db';
import type { RequestScope } from './observability/route-observer';

/** tRPC's context for a request: the primary and the read replica, the signed-in user (added to the request's log line), the request id. */
export async function createApiContext(
  scope: Pick<RequestScope, 'requestId'> & Partial<Pick<RequestScope, 'annotate'>>,
): Promise<ApiContext> {
  const user = await getSessionUser();
  if (user) scope.annotate?.({ userId: user.id });
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return {
    db: getDb(),
    readDb: getReadDb(),
    user,
    requestId: scope.requestId,
    webhookAllowList: env().WEBHOOK_ALLOWED_NETWORKS,
    locale: resolveLocale({
      userLocale: user?.locale,
      cookieLocale: cookieStore.get(LOCALE_COOKIE)?.value,
      acceptLanguage: headerList.get('accept-language'),
    }),
  };
}
