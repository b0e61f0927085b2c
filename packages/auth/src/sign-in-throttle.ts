import type { Logger } from '@facet/telemetry/logger';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

export interface SignInThrottleLimits {
  /** Failed sign-ins to one account (from anywhere) before it is locked. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins from one address (to any account) before the address is locked. */
  maxFailuresPerAddress: number;
  /** How long failures are counted, and how long a lock lasts from the failure that set it. */
  lockoutS: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInThrottleLimits = {
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  lockoutS: 15 * 60,
};

export interface SignInAttempt {
  email: string;
  /** The client's address as the web app sees it. */
  address: string;
}

export interface SignInThrottle {
  /** Seconds until this attempt may be made, 0 when it may be made now. */
  lockedForS(attempt: SignInAttempt): Promise<number>;
  recordFailure(attempt: SignInAttempt): Promise<void>;
  /** A right password clears the account's failures (not the address's). */
  recordSuccess(attempt: SignInAttempt): Promise<void>;
}

type Limiter = RateLimiterRedis;

/**
 * Counts failed sign-ins in Redis per account and per address (shared by every web process); past
 * the limit, the account or address is locked for `lockoutS` and every attempt is refused before the
 * password is checked. If Redis is down, each process counts in memory instead (the insurance limiter).
 */
export function createSignInThrottle(deps: {
  redis: Redis;
  keyPrefix: string;
  logger: Logger;
  limits?: SignInThrottleLimits;
}): SignInThrottle {
  const limits = deps.limits ?? DEFAULT_SIGN_IN_LIMITS;
  const limiter = (scope: 'account' | 'address', points: number): Limiter =>
    new RateLimiterRedis({
      storeClient: deps.redis,
      keyPrefix: `${deps.keyPrefix}:sign-in:${scope}`,
      points,
      duration: limits.lockoutS,
      insuranceLimiter: new RateLimiterMemory({ points, duration: limits.lockoutS }),
    });
  const scopes = [
    { scope: 'account', limiter: limiter('account', limits.maxFailuresPerAccount), key: accountKey },
    { scope: 'address', limiter: limiter('address', limits.maxFailuresPerAddress), key: addressKey },
  ] as const;

  return {
    async lockedForS(attempt) {
      let longest = 0;
      for (const { scope, limiter, key } of scopes) {
        const counted = await limiter.get(key(attempt));
        if (counted && counted.consumedPoints >= limiter.points) {
          const seconds = Math.max(1, Math.ceil(counted.msBeforeNext / 1000));
          deps.logger.warn(
            { ...auditFields(attempt), scope, retryAfterS: seconds },
            'sign-in refused: locked',
          );
          longest = Math.max(longest, seconds);
        }
      }
      return longest;
    },

    async recordFailure(attempt) {
      for (const { scope, limiter, key } of scopes) {
        const counted = await limiter.consume(key(attempt)).catch((rejection: unknown) => rejection);
        const consumed = (counted as { consumedPoints?: number }).consumedPoints ?? 0;
        if (consumed === limiter.points) {
          await limiter.block(key(attempt), limits.lockoutS);
          deps.logger.warn(
            { ...auditFields(attempt), scope, failures: consumed, lockoutS: limits.lockoutS },
            'sign-in locked',
          );
        }
      }
      deps.logger.info(auditFields(attempt), 'sign-in failed');
    },

    async recordSuccess(attempt) {
      await scopes[0].limiter.delete(accountKey(attempt));
    },
  };
}

function accountKey(attempt: SignInAttempt): string {
  return attempt.email.trim().toLowerCase();
}

function addressKey(attempt: SignInAttempt): string {
  return attempt.address;
}

function auditFields(attempt: SignInAttempt) {
  return { email: accountKey(attempt), address: attempt.address };
}

/** The client's address: the first `X-Forwarded-For` hop (set by the proxy in front), else `X-Real-IP`. */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const real = headers?.['x-real-ip'];
  return first || (Array.isArray(real) ? real[0] : real)?.trim() || 'unknown';
}
