import { domainMessage } from '@facet/core/i18n/domain-messages';
import { observeRoute } from '@/server/observability/observe-route';
import { localizedProblem, problemLocale, problemResponse } from '@/server/partner-api/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Any other path under /api/v1 answers problem+json, never the web app's HTML 404 page. */
const notFound = observeRoute('/api/v1/[...path]', async (request, _context, { requestId }) => {
  const { pathname } = new URL(request.url);
  return problemResponse(
    localizedProblem(
      'not-found',
      domainMessage('api.no-such-operation', { method: request.method, path: pathname }),
    ),
    requestId,
    {},
    problemLocale(request),
  );
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
