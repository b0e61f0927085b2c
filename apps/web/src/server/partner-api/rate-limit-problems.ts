import { domainMessage } from '@facet/core/i18n/domain-messages';
import type { RateLimitTier } from '@facet/core/partners/rate-limit-tiers';
import { type ApiProblem, localizedProblem } from './problem';

/** The 429 of a key past its budget: the budget, and when to retry (Retry-After, at least a second). */
export function rateLimitedProblem(
  tier: RateLimitTier,
  msBeforeNext: number,
  headers: Record<string, string>,
): ApiProblem {
  const retryAfterS = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return localizedProblem(
    'rate-limited',
    domainMessage('api.rate-limited', {
      requests: tier.requests,
      windowS: tier.windowS,
      tier: tier.name,
      retryAfterS,
    }),
    { headers: { ...headers, 'retry-after': String(retryAfterS) } },
  );
}

/** The 503 of a request the limiter cannot count (Redis unreachable): refused at once, not let through. */
export function rateLimiterDown(): ApiProblem {
  return localizedProblem('service-unavailable', domainMessage('api.rate-limiter-down'), {
    headers: { 'retry-after': '5' },
  });
}
