import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StackReport {
  databaseUrl: string;
  webUrl: string;
  apiKey: string;
}

let report: StackReport | undefined;

/** What the e2e stack wrote when it started (packages/devstack/src/e2e-stack.ts). */
export function stackReport(): StackReport {
  report ??= JSON.parse(
    readFileSync(
      process.env.E2E_STACK_REPORT ?? join(import.meta.dirname, '..', '..', '.results', 'stack.json'),
      'utf8',
    ),
  ) as StackReport;
  return report;
}

export function apiUrl(path: string): string {
  return `${stackReport().webUrl}/api/v1${path}`;
}
