import { counterIn, histogramIn, METRIC_PREFIX, type Registry } from '@facet/telemetry/metrics';

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * What the web app counts. Labels stay bounded: routes are patterns (`/api/v1/orders/[id]`), never
 * raw paths; partners are ids of the workshop's partners (`none` before a key is recognised).
 */
export function webMetrics(registry: Registry) {
  return {
    httpDuration: histogramIn(registry, {
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: 'Time to answer an API request (until the response headers), by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: HTTP_BUCKETS,
    }),
    partnerRequests: counterIn(registry, {
      name: `${METRIC_PREFIX}partner_api_requests_total`,
      help: 'Partner API requests by partner id (none when no valid key was given) and status.',
      labelNames: ['partner', 'status'] as const,
    }),
    rateLimitRejections: counterIn(registry, {
      name: `${METRIC_PREFIX}rate_limit_rejections_total`,
      help: 'Partner API requests refused with 429 because the key used up its budget, by partner id.',
      labelNames: ['partner'] as const,
    }),
  };
}
