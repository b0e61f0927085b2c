import { domainMessage } from '@facet/core/i18n/domain-messages';
import type { Locale } from '@facet/core/i18n/locale';
import { localizedProblem, problemLocale, problemResponse } from './partner-api/problem';

/**
 * What one web process serves (FACET_ROLE). `all`: everything. `partner-api`: the partner API
 * (`/api/v1/**`), `/api/health` and `/api/metrics` (Prometheus scrapes every process) only — the same build run as a process of its own, so partners'
 * traffic never shares an event loop or a connection pool with shoppers, sellers and operators
 * (README: Isolation). Everything else is answered 404 there.
 */
export const PROCESS_ROLES = ['all', 'partner-api'] as const;
export type ProcessRole = (typeof PROCESS_ROLES)[number];

const PARTNER_API_PATH = /^\/api\/v1(?:\/|$)/;

export function servesPath(role: ProcessRole, pathname: string): boolean {
  if (role === 'all') return true;
  return PARTNER_API_PATH.test(pathname) || pathname === '/api/health' || pathname === '/api/metrics';
}

/**
 * The 404 a process answers for what its role does not serve: a problem like every other (the partner
 * API's writer), carrying the request's id (a new one where none was given), in the language the
 * request's `Accept-Language` asks for (English without one).
 */
export function notServedHere(
  role: ProcessRole,
  request?: Request,
  requestId: string = crypto.randomUUID(),
): Response {
  const locale: Locale = request ? problemLocale(request) : 'en';
  const served =
    role === 'partner-api'
      ? domainMessage('server.partner-api-process')
      : domainMessage('server.whole-site-process');
  return problemResponse(localizedProblem('not-found', served), requestId, {}, locale);
}
