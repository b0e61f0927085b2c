import { observeRoute } from '@/server/observability/observe-route';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { buildOpenApiDocument } from '@/server/partner-api/openapi/build-openapi-document';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

let body: string | undefined;

/** The OpenAPI 3.1 document, generated from the operations the handlers use (built once per process). */
export const GET = observeRoute('/api/v1/openapi.json', async () => {
  body ??= JSON.stringify(buildOpenApiDocument(), null, 2);
  return new Response(body, {
    headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
  });
});

const refused = methodNotAllowed('/api/v1/openapi.json', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
