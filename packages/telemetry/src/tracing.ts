import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';

export interface TracingOptions {
  serviceName: string;
  /** OTLP/HTTP endpoint, e.g. http://collector:4318; tracing is off without one. */
  otlpEndpoint?: string;
  /** For tests: where spans go instead of an exporter. */
  spanProcessors?: SpanProcessor[];
}

/**
 * Registers the global tracer provider and the W3C trace-context propagator. Trace context then
 * travels from an HTTP request into the outbox row, the job data and the worker's span.
 */
export function startTracing(options: TracingOptions): NodeTracerProvider | null {
  const processors =
    options.spanProcessors ??
    (options.otlpEndpoint
      ? [
          new BatchSpanProcessor(
            new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
          ),
        ]
      : []);
  if (processors.length === 0) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: processors,
  });
  provider.register();
  return provider;
}

export const tracer = () => trace.getTracer('facet');
