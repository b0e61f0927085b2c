import { describe, expect, it } from 'vitest';
import {
  checkMetricsAccess,
  counterIn,
  createMetricsRegistry,
  defineScrapeSource,
  processMetricsRegistry,
} from './metrics';

async function valuesOf(registry: ReturnType<typeof createMetricsRegistry>, name: string) {
  const metric = (await registry.getMetricsAsJSON()).find((entry) => entry.name === name);
  return metric?.values.map((value) => ({ labels: value.labels, value: value.value })) ?? null;
}

describe('scrape sources', () => {
  it('reads a source once per scrape for all its gauges', async () => {
    const registry = createMetricsRegistry({ processMetrics: false });
    let reads = 0;
    const queues = defineScrapeSource(registry, 'redis', async () => {
      reads += 1;
      return { waiting: 3, oldestS: 42 };
    });
    queues.gauge({ name: 'test_waiting', help: 'h' }, (gauge, figures) => gauge.set(figures.waiting));
    queues.gauge({ name: 'test_oldest_seconds', help: 'h' }, (gauge, figures) => gauge.set(figures.oldestS));

    const text = await registry.metrics();
    expect(reads).toBe(1);
    expect(text).toContain('test_waiting 3');
    expect(text).toContain('test_oldest_seconds 42');
    expect(text).toContain('facet_metrics_source_up{source="redis"} 1');
    await registry.metrics();
    expect(reads).toBe(2);
  });

  it('leaves a failed source’s gauges empty, marks it down, and still serves the others', async () => {
    const registry = createMetricsRegistry({ processMetrics: false });
    const errors: unknown[] = [];
    const redis = defineScrapeSource(
      registry,
      'redis',
      async () => {
        throw new Error('Connection is closed.');
      },
      { onError: (error) => errors.push(error) },
    );
    const postgres = defineScrapeSource(registry, 'postgres', async () => ({ SUBMITTED: 2 }));
    const hung = defineScrapeSource(registry, 'hung', () => new Promise<number>(() => {}), { timeoutMs: 50 });
    redis.gauge({ name: 'test_queue_jobs', help: 'h', labelNames: ['queue'] }, (gauge) =>
      gauge.set({ queue: 'x' }, 1),
    );
    postgres.gauge({ name: 'test_orders', help: 'h', labelNames: ['status'] }, (gauge, counts) => {
      for (const [status, count] of Object.entries(counts)) gauge.set({ status }, count);
    });
    hung.gauge({ name: 'test_hung', help: 'h' }, (gauge, value) => gauge.set(value));

    expect(await valuesOf(registry, 'test_queue_jobs')).toEqual([]);
    expect(await valuesOf(registry, 'test_hung')).toEqual([]);
    expect(await valuesOf(registry, 'test_orders')).toEqual([{ labels: { status: 'SUBMITTED' }, value: 2 }]);
    expect(await valuesOf(registry, 'facet_metrics_source_up')).toEqual([
      { labels: { source: 'redis' }, value: 0 },
      { labels: { source: 'postgres' }, value: 1 },
      { labels: { source: 'hung' }, value: 0 },
    ]);
    expect(String(errors[0])).toContain('Connection is closed.');
  });
});

describe('the process registry', () => {
  it('is one per process, with the process metrics under facet_, and shares metrics by name', async () => {
    expect(processMetricsRegistry()).toBe(processMetricsRegistry());
    const names = (await processMetricsRegistry().getMetricsAsJSON()).map((metric) => metric.name);
    expect(names).toContain('facet_process_cpu_seconds_total');
    const first = counterIn(processMetricsRegistry(), { name: 'test_shared_total', help: 'h' });
    expect(counterIn(processMetricsRegistry(), { name: 'test_shared_total', help: 'h' })).toBe(first);
  });
});

describe('checkMetricsAccess', () => {
  const token = 'a-metrics-token-of-some-length';

  it('needs the bearer token when one is configured', () => {
    expect(checkMetricsAccess(`Bearer ${token}`, token)).toBe('allowed');
    expect(checkMetricsAccess(`bearer ${token}`, token)).toBe('allowed');
    expect(checkMetricsAccess('Bearer wrong', token)).toBe('unauthorized');
    expect(checkMetricsAccess(token, token)).toBe('unauthorized');
    expect(checkMetricsAccess(null, token)).toBe('unauthorized');
    expect(checkMetricsAccess(`Bearer ${token}`, token, { openWithoutToken: true })).toBe('allowed');
    expect(checkMetricsAccess(null, token, { openWithoutToken: true })).toBe('unauthorized');
  });

  it('serves nobody without a token, unless the server is loopback-only', () => {
    expect(checkMetricsAccess(null, undefined)).toBe('disabled');
    expect(checkMetricsAccess('Bearer anything', undefined)).toBe('disabled');
    expect(checkMetricsAccess(null, undefined, { openWithoutToken: true })).toBe('allowed');
  });
});
