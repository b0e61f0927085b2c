/**
 * Regenerates e2e/api/generated/partner-api.gen.ts from the partner API's OpenAPI document, built
 * from the same operations the route handlers use. Run: `pnpm tsx e2e/api/generate-client-types.ts`.
 * The contract test fails when the committed file differs from what the served document generates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/web/src/server/partner-api/openapi/build-openapi-document';
import { renderClientTypes } from './support/openapi-types';

const file = join(import.meta.dirname, 'generated', 'partner-api.gen.ts');
writeFileSync(file, await renderClientTypes(JSON.parse(JSON.stringify(buildOpenApiDocument()))));
console.log(`wrote ${file}`);
