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

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/** The trace id in a stored carrier (`traceparent: 00-<trace id>-<span id>-<flags>`), if any. */
export function traceIdOf(carrier: unknown): string | null {
  const parent = (carrier as Partial<TraceCarrier> | null | undefined)?.traceparent;
  return typeof parent === 'string' ? (TRACEPARENT.exec(parent)?.[1] ?? null) : null;
}
