import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARDS, toGrafanaJson } from './grafana-dashboards';
import { OPS_DIR } from './ops-files';

export const DASHBOARDS_DIR = join(OPS_DIR, 'grafana', 'dashboards');

export function dashboardFile(uid: string): string {
  return join(DASHBOARDS_DIR, `${uid}.json`);
}

export function renderDashboard(dashboard: (typeof DASHBOARDS)[number]): string {
  return `${JSON.stringify(toGrafanaJson(dashboard), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(DASHBOARDS_DIR, { recursive: true });
  for (const dashboard of DASHBOARDS) writeFileSync(dashboardFile(dashboard.uid), renderDashboard(dashboard));
  console.log(`wrote ${DASHBOARDS.length} dashboards to ${DASHBOARDS_DIR}`);
}
