import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StackReport {
  databaseUrl: string;
  webUrl: string;
  apiKey: string;
  /** Bearer token of the apps' /metrics. */
  metricsToken: string;
  /** The worker's health server and the realtime server (each serves /metrics). */
  workerUrl: string;
  realtimeUrl: string;
  /** The environment of the stack's web process, to start another process of the same build. */
  processEnv: Record<string, string>;
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

/** Prometheus text from an app of the stack, read with the stack's token. */
export async function scrape(url: string): Promise<string> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${stackReport().metricsToken}` } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

export const scrapeWebMetrics = () => scrape(`${stackReport().webUrl}/api/metrics`);
