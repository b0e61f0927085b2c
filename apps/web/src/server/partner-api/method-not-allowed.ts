import 'server-only';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { observeRoute } from '../observability/observe-route';
import { localizedProblem, problemLocale, problemResponse } from './problem';

/**
 * The handler for the methods a partner API path does not take: 405 problem+json with `Allow`
 * (Next's own 405 has neither body nor request id). Export it under each method the route lacks.
 */
export function methodNotAllowed(route: string, allowed: readonly string[]) {
  const allow = [...allowed, 'OPTIONS'].join(', ');
  return observeRoute(route, async (request, _context, { requestId }) =>
    problemResponse(
      localizedProblem(
        'method-not-allowed',
        domainMessage('api.method-not-allowed', {
          path: new URL(request.url).pathname,
          method: request.method,
          allowed: allowed.join(', '),
        }),
      ),
      requestId,
      { allow },
      problemLocale(request),
    ),
  );
}
