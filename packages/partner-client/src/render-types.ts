import openapiTS, { astToString } from 'openapi-typescript';

/**
 * TypeScript types of the partner API from its OpenAPI document (openapi-typescript), with the API
 * version the document describes, so the client asks for exactly the version its types were made from.
 */
export async function renderClientTypes(document: { info: { version: string } }): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return [
    '// Generated from /api/v1/openapi.json by `pnpm partner-client:generate`: do not edit.',
    astToString(ast).trimEnd(),
    '',
    '/** The API version (`Facet-Version`) these types describe. */',
    `export const API_VERSION = ${JSON.stringify(document.info.version)};`,
    '',
  ].join('\n');
}
