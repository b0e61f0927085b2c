import 'server-only';
import type { PartnerCaller } from '@facet/core/partners/authenticate-api-key';
import type { RateLimitTier } from '@facet/core/partners/rate-limit-tiers';
import { processMetricsRegistry } from '@facet/telemetry/metrics';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { env } from '@/env';
import { webMetrics } from '../observability/web-metrics';
import { rateLimitedProblem, rateLimiterDown } from './rate-limit-problems';
import { getRateLimitRedis, whenRateLimitRedisReady } from './rate-limit-redis';

/** One limiter per tier, made on first use and kept for the life of the module (not on globalThis). */
const limiters = new Map<string, RateLimiterRedis>();

function limiterFor(tier: RateLimitTier): RateLimiterRedis {
  let limiter = limiters.get(tier.name);
  if (!limiter) {
    limiter = new RateLimiterRedis({
      storeClient: getRateLimitRedis(),
      keyPrefix: `${env().REDIS_PREFIX}:partner-api:rl:${tier.name}`,
      points: tier.requests,
      duration: tier.windowS,
      rejectIfRedisNotReady: true,
    });
    limiters.set(tier.name, limiter);
  }
  return limiter;
}

/** What rate-limiter-flexible resolves or rejects with when it counted the request (duck-typed). */
interface LimiterVerdict {
  remainingPoints: number;
  msBeforeNext: number;
}

function isVerdict(value: unknown): value is LimiterVerdict {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LimiterVerdict).msBeforeNext === 'number' &&
    typeof (value as LimiterVerdict).remainingPoints === 'number'
  );
}

/** The IETF RateLimit / RateLimit-Policy fields and the older X-RateLimit-* ones. */
function rateLimitHeaders(tier: RateLimitTier, verdict: LimiterVerdict): Record<string, string> {
  const remaining = Math.max(0, verdict.remainingPoints);
  const resetS = Math.max(0, Math.ceil(verdict.msBeforeNext / 1000));
  return {
    'ratelimit-policy': `"${tier.name}";q=${tier.requests};w=${tier.windowS}`,
    ratelimit: `"${tier.name}";r=${remaining};t=${resetS}`,
    'x-ratelimit-limit': String(tier.requests),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(resetS),
  };
}

/**
 * Counts a request against its API key's budget in Redis. Returns the headers to send; past the budget
 * throws a 429 with Retry-After (and counts it in `facet_rate_limit_rejections_total{partner}`); when
 * Redis is not reachable throws a 503 at once.
 */
export async function limitRequest(
  caller: Pick<PartnerCaller, 'apiKeyId' | 'partnerId' | 'rateLimitTier'>,
  cost = 1,
): Promise<Record<string, string>> {
  const { apiKeyId, rateLimitTier: tier } = caller;
  const limiter = limiterFor(tier);
  if (!(await whenRateLimitRedisReady(getRateLimitRedis()))) throw rateLimiterDown();
  try {
    return rateLimitHeaders(tier, await limiter.consume(apiKeyId, cost));
  } catch (rejection) {
    if (!isVerdict(rejection)) throw rateLimiterDown();
    webMetrics(processMetricsRegistry()).rateLimitRejections.inc({ partner: caller.partnerId });
    throw rateLimitedProblem(tier, rejection.msBeforeNext, rateLimitHeaders(tier, rejection));
  }
}
