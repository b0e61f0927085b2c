import { randomUUID } from 'node:crypto';
import { ApiProblem, problemResponse } from '@/server/partner-api/problem';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Any other path under /api/v1 answers problem+json, never the web app's HTML 404 page. */
function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  const requestId = request.headers.get('x-request-id')?.slice(0, 100) || randomUUID();
  return problemResponse(
    new ApiProblem(
      'not-found',
      `There is no ${request.method} ${pathname} in the partner API; see /api/v1/openapi.json.`,
    ),
    requestId,
    { 'x-request-id': requestId },
  );
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
