import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cluster/web-build';
import { listAlertRules, PROMETHEUS_DIR, readYaml } from './ops-files';

function promtool(args: string[], cwd: string) {
  const run = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  if (run.error) throw new Error(`promtool could not run (apt-get install prometheus): ${run.error.message}`);
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

const workDir = mkdtempSync(join(tmpdir(), 'facet-prometheus-config-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the Prometheus configuration and alert rules', { timeout: 30_000 }, () => {
  it('pass promtool check config (the token file a deploy adds is stood in for)', () => {
    cpSync(PROMETHEUS_DIR, workDir, { recursive: true });
    writeFileSync(join(workDir, 'metrics-token'), 'a-token-for-the-config-check');
    const check = promtool(['check', 'config', 'prometheus.yml'], workDir);
    expect(check.output).toContain('SUCCESS');
    expect(check.ok).toBe(true);
  });

  it('pass their promtool unit tests', () => {
    const run = promtool(['test', 'rules', 'alerts.test.yml'], PROMETHEUS_DIR);
    expect(run.output).toContain('SUCCESS');
    expect(run.ok).toBe(true);
  });

  const rules = listAlertRules();
  const tested = new Set(
    readYaml<{ tests: { alert_rule_test: { alertname: string; exp_alerts: unknown[] }[] }[] }>(
      join(PROMETHEUS_DIR, 'alerts.test.yml'),
    ).tests.flatMap((test) =>
      test.alert_rule_test.filter((check) => check.exp_alerts.length > 0).map((check) => check.alertname),
    ),
  );
  const anchors = new Set(
    readFileSync(join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => anchorOf(line.replace(/^#+/, ''))),
  );

  it.each(rules.map((rule) => [rule.alert, rule] as const))(
    '%s has a summary, a severity, a runbook in the README and a promtool test that fires it',
    (_name, rule) => {
      expect(rule.annotations?.summary?.length ?? 0).toBeGreaterThan(10);
      expect(['warning', 'critical']).toContain(rule.labels?.severity);
      const runbook = rule.annotations?.runbook ?? '';
      expect(runbook).toMatch(/^README\.md#/);
      expect(anchors).toContain(runbook.replace('README.md#', ''));
      expect(tested).toContain(rule.alert);
    },
  );
});
