import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../cluster/web-build';

/** The folder of what operations runs beside the apps: Prometheus, Grafana, log shipping, Kubernetes. */
export const OPS_DIR = join(ROOT, 'ops');
export const PROMETHEUS_DIR = join(OPS_DIR, 'prometheus');

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

interface RuleFile {
  groups: { name: string; rules: AlertRule[] }[];
}

export function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

export function readAlertRules(): RuleFile {
  return readYaml<RuleFile>(join(PROMETHEUS_DIR, 'alerts.yml'));
}

export function listAlertRules(): AlertRule[] {
  return readAlertRules().groups.flatMap((group) => group.rules);
}

/** The log fields each shipping configuration lifts out of Facet's JSON lines, to be searched by. */
export function readLogShippingFields() {
  const promtail = readYaml<{
    scrape_configs: { pipeline_stages: Record<string, Record<string, unknown> | undefined>[] }[];
  }>(join(OPS_DIR, 'logging', 'loki', 'promtail.yml'));
  const stages = promtail.scrape_configs.flatMap((config) => config.pipeline_stages);
  const stage = (name: string) => stages.find((candidate) => candidate[name])?.[name] ?? {};
  const template = JSON.parse(
    readFileSync(join(OPS_DIR, 'logging', 'elasticsearch', 'index-template.json'), 'utf8'),
  ) as { template: { mappings: { properties: Record<string, { type?: string }> } } };
  return {
    lokiExtracted: Object.keys((stage('json').expressions as Record<string, string>) ?? {}),
    lokiMetadata: Object.keys(stage('structured_metadata')),
    lokiLabels: Object.keys(stage('labels')),
    elasticsearchKeywords: Object.entries(template.template.mappings.properties)
      .filter(([, mapping]) => mapping.type === 'keyword')
      .map(([field]) => field),
  };
}
