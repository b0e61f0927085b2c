import { observeRoute } from '@/server/observability/observe-route';
import { ApiProblem, problemLocale, problemResponse } from '@/server/partner-api/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Any other path under /api/v1 answers problem+json, never the web app's HTML 404 page. */
const notFound = observeRoute('/api/v1/[...path]', async (request, _context, { requestId }) => {
  const { pathname } = new URL(request.url);
  return problemResponse(
    new ApiProblem(
      'not-found',
      `There is no ${request.method} ${pathname} in the partner API; see /api/v1/openapi.json.`,
    ),
    requestId,
    {},
    problemLocale(request),
  );
});

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
