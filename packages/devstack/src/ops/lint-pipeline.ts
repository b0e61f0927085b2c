import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { ROOT } from '../cluster/web-build';

export const WORKFLOWS_DIR = join(ROOT, '.github', 'workflows');

/** A workflow's problems against GitHub's published workflow schema (action-validator, offline). */
export function workflowProblems(source: string): string[] {
  return validateWorkflow(source).errors.map((error) =>
    'path' in error
      ? `${error.path}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`
      : `${error.title}: ${error.detail}`,
  );
}

export function lintPipelines(): string[] {
  return readdirSync(WORKFLOWS_DIR)
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) =>
      workflowProblems(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')).map(
        (problem) => `.github/workflows/${file}: ${problem}`,
      ),
    );
}
