/**
 * Writes the partner API's OpenAPI document (built from the same operations the routes use) to the
 * path given, for the OpenAPI linters of `pnpm lint`: `tsx …/write-openapi-document.ts out.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildOpenApiDocument } from './build-openapi-document';

const out = process.argv[2];
if (!out) throw new Error('Say where to write the document: write-openapi-document.ts <file.json>');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
