import { buildOpenApiDocument } from '@/server/partner-api/openapi/build-openapi-document';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

let body: string | undefined;

/** The OpenAPI 3.1 document, generated from the operations the handlers use (built once per process). */
export function GET() {
  body ??= JSON.stringify(buildOpenApiDocument(), null, 2);
  return new Response(body, {
    headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' },
  });
}
