import { getCanaryStatus } from '@facet/core/canary/get-canary-status';
import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import { countWebhookEndpointsByState } from '@facet/core/partners/count-webhook-endpoints-by-state';
import { countSlaBreachesByStatus } from '@facet/core/sla/count-sla-breaches-by-status';
import { measureOutbox } from '@facet/core/system/measure-outbox';
import { measureQueue, QUEUE_STATES, type QueueProbe } from '@facet/core/system/measure-queue';
import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import {
  counterIn,
  defineScrapeSource,
  histogramIn,
  METRIC_PREFIX,
  type Registry,
} from '@facet/telemetry/metrics';

const JOB_DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/** What the worker counts as it works: job durations and failed webhook deliveries. */
export function createWorkerMetrics(registry: Registry) {
  return {
    jobDuration: histogramIn(registry, {
      name: `${METRIC_PREFIX}job_duration_seconds`,
      help: 'Time a job attempt took, by queue and outcome (completed or failed).',
      labelNames: ['queue', 'outcome'] as const,
      buckets: JOB_DURATION_BUCKETS,
    }),
    jobWait: histogramIn(registry, {
      name: `${METRIC_PREFIX}job_wait_seconds`,
      help: 'Time a job waited in its queue before a worker took it, by queue.',
      labelNames: ['queue'] as const,
      buckets: JOB_DURATION_BUCKETS,
    }),
    webhookFailures: counterIn(registry, {
      name: `${METRIC_PREFIX}webhook_delivery_failures_total`,
      help: 'Webhook delivery attempts that failed: retry (another attempt is scheduled) or failed (given up).',
      labelNames: ['outcome'] as const,
    }),
  };
}
export type WorkerMetrics = ReturnType<typeof createWorkerMetrics>;

/**
 * The figures read at scrape time: queues from Redis; outbox lag, orders by status, troubled
 * webhook endpoints, orders past their time limit and the canary's verdict from Postgres (cheap reads: counts kept by a trigger, partial indexes). Each
 * source may fail on its own without failing the scrape (`facet_metrics_source_up`).
 */
export function registerSystemGauges(
  registry: Registry,
  deps: { db: Db; queues: QueueProbe[]; onError?: (source: string, error: unknown) => void },
) {
  const redis = defineScrapeSource(registry, 'redis', () => Promise.all(deps.queues.map(measureQueue)), {
    onError: (error) => deps.onError?.('redis', error),
  });
  redis.gauge(
    {
      name: `${METRIC_PREFIX}queue_jobs`,
      help: 'Jobs in each queue by state.',
      labelNames: ['queue', 'state'] as const,
    },
    (gauge, queues) => {
      for (const queue of queues) {
        for (const state of QUEUE_STATES) gauge.set({ queue: queue.name, state }, queue[state]);
      }
    },
  );
  redis.gauge(
    {
      name: `${METRIC_PREFIX}queue_oldest_waiting_seconds`,
      help: 'Age of the job that has waited longest in each queue (0 when none waits).',
      labelNames: ['queue'] as const,
    },
    (gauge, queues) => {
      for (const queue of queues) gauge.set({ queue: queue.name }, queue.oldestWaitingAgeS ?? 0);
    },
  );

  const postgres = defineScrapeSource(
    registry,
    'postgres',
    async () => {
      const [outbox, orders, endpoints, slaBreaches, canary] = await Promise.all([
        measureOutbox(deps.db),
        countOrdersByStatus(deps.db),
        countWebhookEndpointsByState(deps.db),
        countSlaBreachesByStatus(deps.db),
        getCanaryStatus(deps.db),
      ]);
      return { outbox, orders, endpoints, slaBreaches, canary };
    },
    { onError: (error) => deps.onError?.('postgres', error) },
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}outbox_lag_seconds`,
      help: 'Age of the oldest outbox row not yet published (0 when all are).',
    },
    (gauge, { outbox }) => gauge.set(outbox.oldestAgeS ?? 0),
  );
  postgres.gauge(
    { name: `${METRIC_PREFIX}outbox_unpublished`, help: 'Outbox rows not yet published.' },
    (gauge, { outbox }) => gauge.set(outbox.unpublished),
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}orders`,
      help: 'Orders by status (from order_status_counts, kept by a trigger).',
      labelNames: ['status'] as const,
    },
    (gauge, { orders }) => {
      for (const status of ORDER_STATUSES) gauge.set({ status }, orders[status] ?? 0);
    },
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}webhook_endpoints`,
      help: 'Webhook endpoints in trouble: failing (last attempts failed) or disabled.',
      labelNames: ['state'] as const,
    },
    (gauge, { endpoints }) => {
      gauge.set({ state: 'failing' }, endpoints.failing);
      gauge.set({ state: 'disabled' }, endpoints.disabled);
    },
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}orders_past_sla`,
      help: 'Orders the SLA watchdog flagged that are still in the status they overstayed, by status.',
      labelNames: ['status'] as const,
    },
    (gauge, { slaBreaches }) => {
      for (const { status, count } of slaBreaches) gauge.set({ status }, count);
    },
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}canary_ok`,
      help: '1 while the last canary order crossed the pipeline in time, else 0 (late, failed or missing).',
    },
    (gauge, { canary }) => gauge.set(canary.ok ? 1 : 0),
  );
  postgres.gauge(
    {
      name: `${METRIC_PREFIX}canary_last_success_timestamp_seconds`,
      help: 'When the last canary order arrived in the pool in time (Unix seconds; 0 if none has yet).',
    },
    (gauge, { canary }) => gauge.set(canary.lastSuccessAt ? canary.lastSuccessAt.getTime() / 1000 : 0),
  );
}
