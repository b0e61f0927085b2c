/**
 * Runs once when the server starts: a wrong environment stops it here, not on the first request;
 * the partner API's own process lowers its CPU priority here; with an OTLP endpoint configured,
 * traces start here (Next.js then makes a span per request).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./env');
    const { FACET_ROLE, PARTNER_API_NICE, OTEL_EXPORTER_OTLP_ENDPOINT } = env();
    if (FACET_ROLE === 'partner-api' && PARTNER_API_NICE > 0) {
      const { lowerProcessPriority } = await import('@facet/core/system/process-priority');
      lowerProcessPriority(PARTNER_API_NICE);
    }
    const { startTracing } = await import('@facet/telemetry/tracing');
    startTracing({ serviceName: 'facet-web', otlpEndpoint: OTEL_EXPORTER_OTLP_ENDPOINT });
  }
}
