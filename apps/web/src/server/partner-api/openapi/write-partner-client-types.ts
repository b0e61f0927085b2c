/**
 * Regenerates packages/partner-client/src/schema.gen.ts from the partner API's OpenAPI document, built
 * from the same operations the route handlers use: `pnpm partner-client:generate`. The contract test
 * fails when the committed file differs from what the served document generates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderClientTypes } from '@facet/partner-client/render-types';
import { buildOpenApiDocument } from './build-openapi-document';

const file = join(import.meta.dirname, '../../../../../../packages/partner-client/src/schema.gen.ts');
writeFileSync(file, await renderClientTypes(JSON.parse(JSON.stringify(buildOpenApiDocument()))));
console.log(`wrote ${file}`);
