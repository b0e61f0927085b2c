/**
 * Writes the hostile corpus to packages/mesh/test-corpus/generated/ (git-ignored), one file per
 * case plus index.json with the expected error codes, for end-to-end upload tests.
 * Run: pnpm --filter @facet/mesh exec tsx scripts/make-hostile-corpus.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeHostileCorpus } from '../src/testing/hostile-corpus';

const outputDir = join(import.meta.dirname, '..', 'test-corpus', 'generated');
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });
const index = makeHostileCorpus().map((hostile) => {
  writeFileSync(join(outputDir, hostile.fileName), hostile.bytes);
  return {
    file: hostile.fileName,
    name: hostile.name,
    expectedCode: hostile.expectedCode,
    limits: hostile.limits ?? null,
  };
});
writeFileSync(join(outputDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
console.log(`wrote ${index.length} hostile files to ${outputDir}`);
