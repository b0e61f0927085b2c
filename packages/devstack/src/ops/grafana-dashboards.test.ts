import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DASHBOARDS, toGrafanaJson } from './grafana-dashboards';
import { DASHBOARDS_DIR, dashboardFile } from './write-dashboards';

describe('the provisioned Grafana dashboards', () => {
  it('are exactly the files `pnpm ops:dashboards` writes, one per dashboard', () => {
    expect(readdirSync(DASHBOARDS_DIR).sort()).toEqual(DASHBOARDS.map((d) => `${d.uid}.json`).sort());
    for (const dashboard of DASHBOARDS) {
      expect(JSON.parse(readFileSync(dashboardFile(dashboard.uid), 'utf8'))).toEqual(
        toGrafanaJson(dashboard),
      );
    }
  });

  it('have unique uids and panels that do not overlap', () => {
    expect(new Set(DASHBOARDS.map((d) => d.uid)).size).toBe(DASHBOARDS.length);
    for (const dashboard of DASHBOARDS.map(toGrafanaJson)) {
      const cells = new Set(dashboard.panels.map((panel) => `${panel.gridPos.x},${panel.gridPos.y}`));
      expect(cells.size).toBe(dashboard.panels.length);
      for (const panel of dashboard.panels) expect(panel.targets.length).toBeGreaterThan(0);
    }
  });
});
