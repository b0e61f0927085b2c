/**
 * The Grafana dashboards, kept as data: `pnpm ops:dashboards` writes them to ops/grafana/dashboards
 * as provisioned dashboard JSON, and the monitoring test evaluates every panel's query against a real
 * Prometheus scraping a running cluster. The worker's figures are global: aggregate them with max.
 */

/** Grafana's rate window; the test puts a fixed window in its place. */
export const RATE = '$__rate_interval';

interface PanelSpec {
  title: string;
  /** A query, or several: [expr, legend]. */
  queries: [expr: string, legend: string][];
  unit?: string;
  kind?: 'timeseries' | 'stat';
  description?: string;
}

interface DashboardSpec {
  uid: string;
  title: string;
  description: string;
  panels: PanelSpec[];
}

const JOBS = 'job=~"facet-(web|worker|realtime)"';

export const DASHBOARDS: DashboardSpec[] = [
  {
    uid: 'facet-pipeline',
    title: 'Facet / Order pipeline',
    description: 'Orders from the partner request through the outbox and queues to the operators’ pool.',
    panels: [
      {
        title: 'Canary arrived in time',
        kind: 'stat',
        queries: [['max(facet_canary_ok)', 'canary ok']],
        description: '1 while the last canary order reached the pool within its deadline.',
      },
      {
        title: 'Since the last canary arrived',
        kind: 'stat',
        unit: 's',
        queries: [['time() - max(facet_canary_last_success_timestamp_seconds)', 'since']],
      },
      {
        title: 'Outbox lag',
        unit: 's',
        queries: [['max(facet_outbox_lag_seconds)', 'oldest unpublished row']],
      },
      {
        title: 'Outbox rows waiting',
        queries: [['max(facet_outbox_unpublished)', 'unpublished']],
      },
      {
        title: 'Orders by status',
        queries: [['max by (status) (facet_orders)', '{{status}}']],
      },
      {
        title: 'Orders past their time limit',
        queries: [['max by (status) (facet_orders_past_sla)', '{{status}}']],
      },
      {
        title: 'Orders placed by partners',
        unit: 'reqps',
        queries: [[`sum(rate(facet_partner_api_requests_total{status="201"}[${RATE}]))`, 'accepted']],
      },
      {
        title: 'Jobs waiting',
        queries: [['max by (queue) (facet_queue_jobs{state="waiting"})', '{{queue}}']],
      },
    ],
  },
  {
    uid: 'facet-partner-api',
    title: 'Facet / Partner API',
    description: 'What partners see: answers by status, latency by route, webhooks.',
    panels: [
      {
        title: 'Requests by status',
        unit: 'reqps',
        queries: [[`sum by (status) (rate(facet_partner_api_requests_total[${RATE}]))`, '{{status}}']],
      },
      {
        title: 'Share answered 5xx',
        unit: 'percentunit',
        queries: [
          [
            `(sum(rate(facet_partner_api_requests_total{status=~"5.."}[${RATE}])) or vector(0)) / sum(rate(facet_partner_api_requests_total[${RATE}]))`,
            '5xx',
          ],
        ],
      },
      {
        title: 'Latency p50 / p99',
        unit: 's',
        queries: [
          [
            `histogram_quantile(0.5, sum by (le) (rate(facet_http_request_duration_seconds_bucket{route=~"/api/v1/.*"}[${RATE}])))`,
            'p50',
          ],
          [
            `histogram_quantile(0.99, sum by (le) (rate(facet_http_request_duration_seconds_bucket{route=~"/api/v1/.*"}[${RATE}])))`,
            'p99',
          ],
        ],
      },
      {
        title: 'p99 by route',
        unit: 's',
        queries: [
          [
            `histogram_quantile(0.99, sum by (le, route) (rate(facet_http_request_duration_seconds_bucket{route=~"/api/v1/.*"}[${RATE}])))`,
            '{{route}}',
          ],
        ],
      },
      {
        title: 'Requests by partner',
        unit: 'reqps',
        queries: [[`sum by (partner) (rate(facet_partner_api_requests_total[${RATE}]))`, '{{partner}}']],
      },
      {
        title: 'Webhook endpoints in trouble',
        queries: [['max by (state) (facet_webhook_endpoints)', '{{state}}']],
      },
      {
        title: 'Webhook attempts failed',
        unit: 'ops',
        queries: [[`sum by (outcome) (rate(facet_webhook_delivery_failures_total[${RATE}]))`, '{{outcome}}']],
      },
    ],
  },
  {
    uid: 'facet-realtime',
    title: 'Facet / Realtime',
    description: 'Browsers connected to the realtime processes.',
    panels: [
      {
        title: 'Connections by role',
        queries: [['sum by (role) (facet_realtime_connections)', '{{role}}']],
      },
      {
        title: 'Connections by instance',
        queries: [['sum by (instance) (facet_realtime_connections)', '{{instance}}']],
      },
      {
        title: 'Realtime processes up',
        kind: 'stat',
        queries: [['sum(up{job="facet-realtime"})', 'up']],
      },
      {
        title: 'Event loop lag p99',
        unit: 's',
        queries: [
          [
            'max by (instance) (facet_nodejs_eventloop_lag_p99_seconds{job="facet-realtime"})',
            '{{instance}}',
          ],
        ],
      },
    ],
  },
  {
    uid: 'facet-worker',
    title: 'Facet / Worker and queues',
    description: 'BullMQ queues and the jobs the workers run.',
    panels: [
      {
        title: 'Jobs by queue and state',
        queries: [['max by (queue, state) (facet_queue_jobs)', '{{queue}} {{state}}']],
      },
      {
        title: 'Oldest waiting job',
        unit: 's',
        queries: [['max by (queue) (facet_queue_oldest_waiting_seconds)', '{{queue}}']],
      },
      {
        title: 'Job attempts by outcome',
        unit: 'ops',
        queries: [
          [
            `sum by (queue, outcome) (rate(facet_job_duration_seconds_count[${RATE}]))`,
            '{{queue}} {{outcome}}',
          ],
        ],
      },
      {
        title: 'Job duration p95',
        unit: 's',
        queries: [
          [
            `histogram_quantile(0.95, sum by (le, queue) (rate(facet_job_duration_seconds_bucket[${RATE}])))`,
            '{{queue}}',
          ],
        ],
      },
      {
        title: 'Worker processes up',
        kind: 'stat',
        queries: [['sum(up{job="facet-worker"})', 'up']],
      },
      {
        title: 'Worker memory',
        unit: 'bytes',
        queries: [['facet_process_resident_memory_bytes{job="facet-worker"}', '{{instance}}']],
      },
    ],
  },
  {
    uid: 'facet-health',
    title: 'Facet / Postgres, Redis and processes',
    description:
      'Whether the worker can read Postgres and Redis, and the health of every Facet process. For the servers themselves add postgres_exporter and redis_exporter.',
    panels: [
      {
        title: 'Sources readable',
        kind: 'stat',
        queries: [['min by (source) (facet_metrics_source_up)', '{{source}}']],
      },
      {
        title: 'Worker scrape time (reads Postgres and Redis)',
        unit: 's',
        queries: [['max(scrape_duration_seconds{job="facet-worker"})', 'scrape']],
      },
      {
        title: 'Processes up by app',
        queries: [[`sum by (job) (up{${JOBS}})`, '{{job}}']],
      },
      {
        title: 'Memory by process',
        unit: 'bytes',
        queries: [[`facet_process_resident_memory_bytes{${JOBS}}`, '{{job}} {{instance}}']],
      },
      {
        title: 'CPU by process',
        unit: 'percentunit',
        queries: [[`rate(facet_process_cpu_seconds_total{${JOBS}}[${RATE}])`, '{{job}} {{instance}}']],
      },
      {
        title: 'Event loop lag p99',
        unit: 's',
        queries: [[`facet_nodejs_eventloop_lag_p99_seconds{${JOBS}}`, '{{job}} {{instance}}']],
      },
    ],
  },
];

/** Grafana's variable for the data source picked at the top of the dashboard (`$` + `{datasource}`). */
const DATASOURCE = { type: 'prometheus', uid: `$${'{datasource}'}` };
const WIDTH = 12;
const HEIGHT = 8;

/** A dashboard as Grafana's JSON model (schema 39), for file provisioning. */
export function toGrafanaJson(dashboard: DashboardSpec) {
  return {
    uid: dashboard.uid,
    title: dashboard.title,
    description: dashboard.description,
    tags: ['facet'],
    timezone: 'browser',
    editable: false,
    schemaVersion: 39,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [
        {
          name: 'datasource',
          label: 'Prometheus',
          type: 'datasource',
          query: 'prometheus',
          current: {},
          hide: 0,
        },
      ],
    },
    panels: dashboard.panels.map((panel, i) => ({
      id: i + 1,
      type: panel.kind ?? 'timeseries',
      title: panel.title,
      ...(panel.description ? { description: panel.description } : {}),
      datasource: DATASOURCE,
      gridPos: { x: (i % 2) * WIDTH, y: Math.floor(i / 2) * HEIGHT, w: WIDTH, h: HEIGHT },
      fieldConfig: { defaults: { unit: panel.unit ?? 'short' }, overrides: [] },
      options: {},
      targets: panel.queries.map(([expr, legendFormat], q) => ({
        refId: String.fromCharCode(65 + q),
        datasource: DATASOURCE,
        expr,
        legendFormat,
      })),
    })),
  };
}

export type GrafanaDashboard = ReturnType<typeof toGrafanaJson>;

/** Every panel query of a dashboard file, as Prometheus will be asked it. */
export function panelQueries(dashboard: GrafanaDashboard): { panel: string; expr: string }[] {
  return dashboard.panels.flatMap((panel) =>
    panel.targets.map((target) => ({ panel: `${dashboard.title} › ${panel.title}`, expr: target.expr })),
  );
}
