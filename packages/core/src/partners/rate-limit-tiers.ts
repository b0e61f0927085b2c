/**
 * Request budgets per partner tier (partners.rate_limit_tier), counted per API key in a fixed window.
 * A whole window's budget may be spent at once (the burst); past it the key waits for the next window.
 */
export const RATE_LIMIT_TIERS = {
  standard: { requests: 120, windowS: 60 },
  premium: { requests: 1_200, windowS: 60 },
  enterprise: { requests: 6_000, windowS: 60 },
  /** The workshop's own load tests and benchmarks; never given to a partner. */
  'load-test': { requests: 1_000_000, windowS: 60 },
} as const;

export type RateLimitTierName = keyof typeof RATE_LIMIT_TIERS;
export type RateLimitTier = { name: RateLimitTierName; requests: number; windowS: number };

export function isRateLimitTierName(name: string): name is RateLimitTierName {
  return Object.hasOwn(RATE_LIMIT_TIERS, name);
}

/** An unknown tier name falls back to the standard budget rather than to no limit. */
export function rateLimitTierOf(name: string): RateLimitTier {
  const tierName: RateLimitTierName = isRateLimitTierName(name) ? name : 'standard';
  return { name: tierName, ...RATE_LIMIT_TIERS[tierName] };
}
