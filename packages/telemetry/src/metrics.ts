import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  Counter,
  type CounterConfiguration,
  collectDefaultMetrics,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  type HistogramConfiguration,
  Registry,
} from 'prom-client';

export type { Counter, Gauge, Histogram, Registry };

/** Every metric's name starts with this, the process metrics (CPU, memory, event loop, GC) too. */
export const METRIC_PREFIX = 'facet_';

/** A registry of its own, with the process metrics unless told otherwise (tests leave them out). */
export function createMetricsRegistry(options: { processMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
  return registry;
}

const PROCESS_REGISTRY = Symbol.for('facet.metrics.registry');

/**
 * The process's one registry, kept on globalThis: Next.js loads a module once per route bundle, and
 * what one route handler counts must show in the registry another route handler serves.
 */
export function processMetricsRegistry(): Registry {
  const holder = globalThis as typeof globalThis & { [PROCESS_REGISTRY]?: Registry };
  holder[PROCESS_REGISTRY] ??= createMetricsRegistry();
  return holder[PROCESS_REGISTRY];
}

/** The registry's counter of that name, made on first use, so every copy of a module shares it. */
export function counterIn<L extends string>(registry: Registry, config: CounterConfiguration<L>): Counter<L> {
  const found = registry.getSingleMetric(config.name) as Counter<L> | undefined;
  return found ?? new Counter<L>({ ...config, registers: [registry] });
}

/** The registry's gauge of that name, made on first use. */
export function gaugeIn<L extends string>(registry: Registry, config: GaugeConfiguration<L>): Gauge<L> {
  const found = registry.getSingleMetric(config.name) as Gauge<L> | undefined;
  return found ?? new Gauge<L>({ ...config, registers: [registry] });
}

/** The registry's histogram of that name, made on first use. */
export function histogramIn<L extends string>(
  registry: Registry,
  config: HistogramConfiguration<L>,
): Histogram<L> {
  const found = registry.getSingleMetric(config.name) as Histogram<L> | undefined;
  return found ?? new Histogram<L>({ ...config, registers: [registry] });
}

type Reading<T> = { ok: true; value: T } | { ok: false };

const SOURCES = new WeakMap<Registry, Map<string, () => Promise<Reading<unknown>>>>();

export interface ScrapeSourceOptions {
  /** A read slower than this counts as failed (default 2 s), so a hung dependency never hangs a scrape. */
  timeoutMs?: number;
  onError?: (error: unknown) => void;
}

export interface ScrapeSource<T> {
  /** A gauge filled from the source's figures at each scrape; left empty when the source failed. */
  gauge<L extends string>(
    config: { name: string; help: string; labelNames?: readonly L[] },
    fill: (gauge: Gauge<L>, figures: T) => void,
  ): Gauge<L>;
}

/**
 * Figures read at scrape time from one dependency (Postgres, Redis), for one or more gauges. The
 * source is read once per scrape however many gauges use it; when it fails or times out its gauges
 * are left empty and `facet_metrics_source_up{source}` is 0, and the rest of the scrape goes on.
 */
export function defineScrapeSource<T>(
  registry: Registry,
  source: string,
  read: () => Promise<T>,
  options: ScrapeSourceOptions = {},
): ScrapeSource<T> {
  let pending: Promise<Reading<T>> | null = null;
  const readOnce = (): Promise<Reading<T>> => {
    pending ??= withTimeout(read(), options.timeoutMs ?? 2_000)
      .then((value): Reading<T> => ({ ok: true, value }))
      .catch((error: unknown): Reading<T> => {
        options.onError?.(error);
        return { ok: false };
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  let sources = SOURCES.get(registry);
  if (!sources) {
    const known = new Map<string, () => Promise<Reading<unknown>>>();
    sources = known;
    SOURCES.set(registry, known);
    new Gauge({
      name: `${METRIC_PREFIX}metrics_source_up`,
      help: 'Whether the last scrape could read this source (1) or not (0); its gauges are empty when 0.',
      labelNames: ['source'],
      registers: [registry],
      async collect() {
        const readings = await Promise.all(
          [...known].map(async ([name, readIt]) => [name, (await readIt()).ok] as const),
        );
        this.reset();
        for (const [name, ok] of readings) this.set({ source: name }, ok ? 1 : 0);
      },
    });
  }
  sources.set(source, readOnce);

  return {
    gauge: <L extends string>(
      config: { name: string; help: string; labelNames?: readonly L[] },
      fill: (gauge: Gauge<L>, figures: T) => void,
    ) =>
      new Gauge<L>({
        ...config,
        registers: [registry],
        async collect() {
          const reading = await readOnce();
          this.reset();
          if (reading.ok) fill(this, reading.value);
          // A gauge without labels would still say 0; no figure at all is the truth.
          else if (!config.labelNames?.length) this.remove();
        },
      }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type MetricsAccess = 'allowed' | 'unauthorized' | 'disabled';

/**
 * Who may read metrics. With a token configured: only a request bearing `Authorization: Bearer
 * <token>`. Without one: nobody (`disabled`), unless the server listens on loopback only
 * (`openWithoutToken`), as the worker's health server does.
 */
export function checkMetricsAccess(
  authorization: string | null | undefined,
  token: string | undefined,
  options: { openWithoutToken?: boolean } = {},
): MetricsAccess {
  if (!token) return options.openWithoutToken ? 'allowed' : 'disabled';
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!presented) return 'unauthorized';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(token)) ? 'allowed' : 'unauthorized';
}

/** Answers GET /metrics on a node:http server: the registry in Prometheus text format, if allowed. */
export async function serveMetrics(
  request: IncomingMessage,
  response: ServerResponse,
  registry: Registry,
  options: { token?: string; openWithoutToken?: boolean },
): Promise<void> {
  const access = checkMetricsAccess(request.headers.authorization, options.token, options);
  if (access === 'disabled') {
    response.writeHead(404).end();
    return;
  }
  if (access === 'unauthorized') {
    response.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
    return;
  }
  try {
    const body = await registry.metrics();
    response.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    response.end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' });
    response.end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
