import { type Context, context, propagation, trace } from '@opentelemetry/api';

/** W3C trace-context headers (`traceparent`, `tracestate`), as stored in outbox rows and job data. */
export type TraceCarrier = Record<string, string>;

/** The current trace context, to store with work that continues elsewhere; null when not tracing. */
export function captureTraceContext(): TraceCarrier | null {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : null;
}

export function contextFromCarrier(carrier: unknown): Context {
  if (!carrier || typeof carrier !== 'object') return context.active();
  return propagation.extract(context.active(), carrier as TraceCarrier);
}

/** The id of the trace being recorded, if any (kept with timeline events for the flight recorder). */
export function currentTraceId(): string | null {
  const span = trace.getSpan(context.active());
  return span?.isRecording() ? span.spanContext().traceId : null;
}
