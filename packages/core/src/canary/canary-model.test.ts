import { createHash } from 'node:crypto';
import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { parseModel } from '@facet/mesh/parse';
import { describe, expect, it } from 'vitest';
import { checkPrintability } from '../models/printability';
import { makeCanaryModelFile } from './canary-model';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('the canary model', () => {
  it('is a small binary STL that can be cast', () => {
    const bytes = makeCanaryModelFile('01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11');
    expect(bytes.length).toBeLessThan(100_000);
    const { analysis } = analyseMeshWithThickness(parseModel(bytes));
    expect(analysis.watertight).toBe(true);
    expect(checkPrintability(analysis)).toMatchObject({ printable: true, problems: [], warnings: [] });
  });

  it('has a file of its own for every run, so the analysis cache never answers for it', () => {
    expect(sha(makeCanaryModelFile('run-a'))).not.toBe(sha(makeCanaryModelFile('run-b')));
  });
});
