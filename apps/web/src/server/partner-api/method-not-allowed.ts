import 'server-only';
import { observeRoute } from '../observability/observe-route';
import { ApiProblem, problemLocale, problemResponse } from './problem';

/**
 * The handler for the methods a partner API path does not take: 405 problem+json with `Allow`
 * (Next's own 405 has neither body nor request id). Export it under each method the route lacks.
 */
export function methodNotAllowed(route: string, allowed: readonly string[]) {
  const allow = [...allowed, 'OPTIONS'].join(', ');
  return observeRoute(route, async (request, _context, { requestId }) =>
    problemResponse(
      new ApiProblem(
        'method-not-allowed',
        `${new URL(request.url).pathname} does not take ${request.method}; it takes ${allowed.join(', ')}.`,
      ),
      requestId,
      { allow },
      problemLocale(request),
    ),
  );
}
