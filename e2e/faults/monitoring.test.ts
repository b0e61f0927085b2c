import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webhookDeliveryIdsOfOrders } from '@facet/devstack/cluster/order-audit';
import { createLoadPartners } from '@facet/devstack/cluster/partners';
import { panelQueries } from '@facet/devstack/ops/grafana-dashboards';
import { listAlertRules, readLogShippingFields } from '@facet/devstack/ops/ops-files';
import { startOtlpReceiver } from '@facet/devstack/ops/otlp-receiver';
import { type PromAlert, PrometheusProcess } from '@facet/devstack/ops/prometheus-process';
import { DASHBOARDS_DIR } from '@facet/devstack/ops/write-dashboards';
import { freePort } from '@facet/testing/redis-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultCluster, pause, startFaultCluster } from './fault-cluster';

const METRICS_TOKEN = 'metrics-token-of-the-monitoring-test';
/** Grafana's $__rate_interval, as the test asks Prometheus (scraped every second). */
const RATE_WINDOW = '1m';
const LOG_DIR = join(import.meta.dirname, '..', '.results', 'faults', 'monitoring');

let run: FaultCluster;
let prometheus: PrometheusProcess;
let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;

beforeAll(async () => {
  otlp = await startOtlpReceiver();
  run = await startFaultCluster({
    name: 'monitoring',
    partners: 1,
    env: { METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url },
    // A canary every 30 s (the shortest allowed), so a missing one is noticed and a new one arrives within a test.
    workerEnv: { CANARY_EVERY_S: '30', CANARY_DEADLINE_S: '60' },
  });
  const hostsOf = (apps: { spec: { port: number } }[]) => apps.map((app) => `127.0.0.1:${app.spec.port}`);
  prometheus = await PrometheusProcess.start({
    targets: {
      web: hostsOf(run.cluster.webs),
      worker: hostsOf(run.cluster.workers),
      realtime: hostsOf(run.cluster.realtimes),
    },
    metricsToken: METRICS_TOKEN,
    interval: '1s',
    alertFor: '3s',
    logFile: join(LOG_DIR, 'prometheus.log'),
  });
});
afterAll(async () => {
  await prometheus?.stop();
  await run?.stop();
  await otlp?.close();
});

async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 90_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found) return found;
    await pause(500);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

const firing = async (
  alertname: string,
  labels: Record<string, string> = {},
): Promise<PromAlert | undefined> =>
  (await prometheus.alerts()).find(
    (alert) =>
      alert.state === 'firing' &&
      alert.labels.alertname === alertname &&
      Object.entries(labels).every(([key, value]) => alert.labels[key] === value),
  );
const active = async (alertname: string) =>
  (await prometheus.alerts()).some((alert) => alert.labels.alertname === alertname);

describe('a real Prometheus with the shipped scrape configuration and alert rules', () => {
  it('scrapes web, worker and realtime with the bearer token, and loads every rule without an error', async () => {
    await eventually(async () => {
      const up = await prometheus.query('up == 1');
      return new Set(up.map((sample) => sample.metric.job)).size === 3;
    }, 'every app to be scraped');
    const rules = await fetch(`${prometheus.url}/api/v1/rules`).then(
      (response) =>
        response.json() as Promise<{ data: { groups: { rules: { name: string; health: string }[] }[] } }>,
    );
    const loaded = rules.data.groups.flatMap((group) => group.rules);
    expect(loaded.map((rule) => rule.name).sort()).toEqual(
      listAlertRules()
        .map((rule) => rule.alert)
        .sort(),
    );
    await pause(3_000);
    const again = await fetch(`${prometheus.url}/api/v1/rules`).then(
      (response) =>
        response.json() as Promise<{ data: { groups: { rules: { name: string; health: string }[] }[] } }>,
    );
    for (const rule of again.data.groups.flatMap((group) => group.rules))
      expect([rule.name, rule.health]).toEqual([rule.name, 'ok']);
  });

  it('answers every panel query of every provisioned dashboard with data', async () => {
    // Traffic for the partner panels, and a partner whose webhook endpoint refuses connections.
    for (let i = 0; i < 5; i += 1) await run.submitter.placeOrder(run.partners[0]!);
    const [unreachable] = await createLoadPartners(run.db, run.cluster.webs[0]!.url, 1, {
      webhookUrl: `http://127.0.0.1:${await freePort()}/hooks`,
    });
    await run.submitter.placeOrder(unreachable!);

    const queries = readdirSync(DASHBOARDS_DIR).flatMap((file) =>
      panelQueries(JSON.parse(readFileSync(join(DASHBOARDS_DIR, file), 'utf8'))),
    );
    expect(queries.length).toBeGreaterThan(25);
    const asked = (expr: string) => expr.replaceAll('$__rate_interval', RATE_WINDOW);
    // A query that does not parse fails at once; one that returns nothing is given time for its data.
    for (const { expr } of queries) await prometheus.query(asked(expr));
    const empty = async () => {
      const result: string[] = [];
      for (const { panel, expr } of queries) {
        if ((await prometheus.query(asked(expr))).length === 0) result.push(`${panel}: ${expr}`);
      }
      return result;
    };
    let stillEmpty: string[] = [];
    await eventually(async () => {
      stillEmpty = await empty();
      return stillEmpty.length === 0;
    }, 'every panel to have data').catch(() => {});
    expect(stillEmpty).toEqual([]);

    // `or vector(0)` keeps a ratio at 0 with no 5xx: the metric names inside must still exist.
    const names = new Set(
      (
        (await fetch(`${prometheus.url}/api/v1/label/__name__/values`).then((r) => r.json())) as {
          data: string[];
        }
      ).data,
    );
    const used = new Set(queries.flatMap(({ expr }) => expr.match(/\bfacet_\w+/g) ?? []));
    for (const name of used) expect(names, name).toContain(name);
  });

  it('fires FacetProcessDown and FacetAppDown when the worker is killed, and resolves them after its restart', async () => {
    const worker = run.cluster.workers[0]!;
    expect(await active('FacetAppDown')).toBe(false);
    const killedAt = Date.now();
    await worker.kill('SIGKILL');
    const down = await eventually(
      () => firing('FacetProcessDown', { job: 'facet-worker' }),
      'FacetProcessDown to fire',
    );
    expect(down.labels.instance).toBe(`127.0.0.1:${worker.spec.port}`);
    expect(down.annotations.runbook).toBe('README.md#facetprocessdown');
    await eventually(() => firing('FacetAppDown', { job: 'facet-worker' }), 'FacetAppDown to fire');
    console.log(
      `[monitoring] worker alerts firing ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`,
    );

    await worker.start();
    const restartedAt = Date.now();
    await eventually(
      async () => !(await active('FacetProcessDown')) && !(await active('FacetAppDown')),
      'the worker alerts to resolve',
    );
    console.log(
      `[monitoring] resolved ${((Date.now() - restartedAt) / 1000).toFixed(1)} s after the restart`,
    );
  });

  it('fires FacetCanaryFailing when canaries stop arriving (Redis killed), and resolves it when one arrives again', async () => {
    await eventually(
      async () =>
        (await prometheus.query('max(facet_canary_ok) == 1')).length === 1 &&
        !(await active('FacetCanaryFailing')),
      'a canary to arrive in time',
      150_000,
    );
    await run.cluster.redis.kill('SIGKILL');
    const alert = await eventually(() => firing('FacetCanaryFailing'), 'FacetCanaryFailing to fire');
    expect(alert.labels.severity).toBe('critical');
    expect((await prometheus.query('max(facet_canary_ok)'))[0]!.value[1]).toBe('0');

    await run.cluster.redis.start();
    await eventually(
      async () => !(await active('FacetCanaryFailing')),
      'FacetCanaryFailing to resolve',
      150_000,
    );
    expect((await prometheus.query('max(facet_canary_ok)'))[0]!.value[1]).toBe('1');
  });

  it("follows a partner's order in one trace: the web app's HTTP request, through the outbox, into the worker's job", async () => {
    const placed = await run.submitter.placeOrder(run.partners[0]!);
    expect(placed).not.toBeNull();
    // Priced as it was placed (its model is analysed): the worker's job of the order is the delivery
    // of its changes' webhooks, on the partner's endpoint.
    const deliveryIds = await webhookDeliveryIdsOfOrders(run.db, [placed!.orderId]);
    expect(deliveryIds.length).toBeGreaterThan(0);
    const delivery = await eventually(
      async () =>
        otlp.spans.find(
          (span) =>
            span.service === 'facet-worker' &&
            span.name === 'job deliver-webhook' &&
            deliveryIds.some((id) => span.attributes['messaging.message.id'] === `webhook-${id}`),
        ),
      "the worker's webhook delivery span of the order",
      30_000,
    );
    // Walk up from the job to the root of its trace: it must be the web app's server span of the request.
    const root = await eventually(
      async () => {
        const byId = new Map(
          otlp.spans.filter((span) => span.traceId === delivery.traceId).map((span) => [span.spanId, span]),
        );
        let span = delivery;
        while (span.parentSpanId && byId.has(span.parentSpanId)) span = byId.get(span.parentSpanId)!;
        return span.parentSpanId ? null : span;
      },
      'every span between the request and the job',
      30_000,
    );
    expect(root).toMatchObject({ service: 'facet-web', kind: 2 });
    expect(root.name).toContain('/api/v1/orders');
    expect(delivery.kind).toBe(5);
  });

  it('writes the log fields that the Loki and Elasticsearch shipping configurations map (request, order and trace ids)', () => {
    const linesOf = (name: string) =>
      readFileSync(join(LOG_DIR, `${name}.log`), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = linesOf('web-1').find(
      (line) => line.msg === 'request done' && line.route === '/api/v1/orders' && line.traceId,
    );
    const change = linesOf('worker-1').find((line) => line.msg === 'order status changed' && line.traceId);
    expect(request).toMatchObject({ app: 'web', level: 'info', requestId: expect.any(String) });
    expect(change).toMatchObject({ app: 'worker', orderId: expect.any(String) });

    const shipped = readLogShippingFields();
    for (const field of ['requestId', 'orderId', 'traceId']) {
      expect(shipped.lokiExtracted).toContain(field);
      expect(shipped.lokiMetadata).toContain(field);
      expect(shipped.elasticsearchKeywords).toContain(field);
    }
    // Loki labels stay few and bounded: never an id.
    expect(shipped.lokiLabels.sort()).toEqual(['app', 'level']);
    for (const label of shipped.lokiLabels) expect(request).toHaveProperty(label);
    // Filebeat's timestamp layout (2006-01-02T15:04:05.999Z) is the loggers' time format.
    expect(String(request!.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
