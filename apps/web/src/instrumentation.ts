/**
 * Runs once when the server starts: a wrong environment stops it here, not on the first request;
 * with an OTLP endpoint configured, traces start here (Next.js then makes a span per request).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./env');
    const { startTracing } = await import('@facet/telemetry/tracing');
    startTracing({ serviceName: 'facet-web', otlpEndpoint: env().OTEL_EXPORTER_OTLP_ENDPOINT });
  }
}
