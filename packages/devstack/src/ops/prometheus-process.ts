import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@facet/testing/redis-server';
import { stringify } from 'yaml';
import { PROMETHEUS_DIR, readAlertRules, readYaml } from './ops-files';

export interface PrometheusTargets {
  web: string[];
  worker: string[];
  realtime: string[];
}

export interface PrometheusOptions {
  /** host:port of each app's processes, written to the shipped config's target files. */
  targets: PrometheusTargets;
  metricsToken: string;
  /** Scrape and rule evaluation interval: seconds in a test instead of the shipped 15 s. */
  interval: string;
  /** Every alert's `for:`, shortened so a test needs not wait minutes. */
  alertFor: string;
  logFile: string;
}

export interface PromSample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface PromAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'pending' | 'firing';
}

/**
 * A real `prometheus` (Debian's package) running the shipped configuration and alert rules from
 * ops/prometheus, with only the timings shortened: the same jobs, metrics paths, bearer token file
 * and rule expressions that production runs.
 */
export class PrometheusProcess {
  private child: ChildProcess | null = null;
  private port = 0;

  private constructor(
    private readonly dir: string,
    private readonly options: PrometheusOptions,
  ) {}

  static async start(options: PrometheusOptions): Promise<PrometheusProcess> {
    const dir = mkdtempSync(join(tmpdir(), 'facet-prometheus-'));
    const prometheus = new PrometheusProcess(dir, options);
    await prometheus.launch();
    return prometheus;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private writeConfig(): string {
    const configDir = join(this.dir, 'config');
    cpSync(PROMETHEUS_DIR, configDir, { recursive: true });
    const { targets, metricsToken, interval, alertFor } = this.options;
    for (const [app, hosts] of Object.entries(targets)) {
      writeFileSync(join(configDir, 'targets', `${app}.json`), JSON.stringify([{ targets: hosts }]));
    }
    writeFileSync(join(configDir, 'targets', 'alertmanager.json'), '[]');
    writeFileSync(join(configDir, 'metrics-token'), metricsToken);

    const rules = readAlertRules();
    for (const group of rules.groups) {
      for (const rule of group.rules) if (rule.for) rule.for = alertFor;
    }
    writeFileSync(join(configDir, 'alerts.yml'), stringify(rules));

    const config = readYaml<{ global: Record<string, string> }>(join(PROMETHEUS_DIR, 'prometheus.yml'));
    config.global = { ...config.global, scrape_interval: interval, evaluation_interval: interval };
    const configFile = join(configDir, 'prometheus.yml');
    writeFileSync(configFile, stringify(config));
    return configFile;
  }

  private async launch(): Promise<void> {
    const configFile = this.writeConfig();
    this.port = await freePort();
    const dataDir = join(this.dir, 'data');
    mkdirSync(dataDir);
    const log = createWriteStream(this.options.logFile, { flags: 'a' });
    const child = spawn(
      'prometheus',
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--web.listen-address=127.0.0.1:${this.port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) =>
        reject(new Error(`prometheus could not start (apt-get install prometheus): ${error.message}`)),
      );
      child.once('exit', (code) =>
        reject(new Error(`prometheus exited (${code}); see ${this.options.logFile}`)),
      );
    });
    failed.catch(() => {});
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const ready = await fetch(`${this.url}/-/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await Promise.race([failed, new Promise((resolve) => setTimeout(resolve, 200))]);
    }
    throw new Error('prometheus was not ready in 30 s');
  }

  private async api<T>(path: string, params: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${this.url}/api/v1/${path}?${new URLSearchParams(params)}`);
    const body = (await response.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`prometheus ${path}: ${body.error ?? response.status}`);
    return body.data;
  }

  /** An instant query; throws with Prometheus's message when the expression does not parse. */
  async query(expr: string): Promise<PromSample[]> {
    const data = await this.api<{ resultType: string; result: PromSample[] | [number, string] }>('query', {
      query: expr,
    });
    if (data.resultType === 'scalar') {
      return [{ metric: {}, value: data.result as [number, string] }];
    }
    return data.result as PromSample[];
  }

  /** Alerts pending or firing now (resolved ones are not listed). */
  async alerts(): Promise<PromAlert[]> {
    return (await this.api<{ alerts: PromAlert[] }>('alerts')).alerts;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
