import openapiTS, { astToString } from 'openapi-typescript';

/** TypeScript types of the partner API from its OpenAPI document, as a partner would generate them. */
export async function renderClientTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `// Generated from /api/v1/openapi.json by e2e/api/generate-client-types.ts: do not edit.\n${astToString(ast)}`;
}
