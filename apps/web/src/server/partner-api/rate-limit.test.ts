import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isApiProblem, problemResponse } from './problem';
import { limitRequest } from './rate-limit';

vi.mock('server-only', () => ({}));
vi.mock('@/env', () => ({ env: () => ({ REDIS_PREFIX: 'test', LOG_LEVEL: 'fatal' }) }));

/** Whether Redis answers, and what the limiter does with a request: no Redis in a unit test. */
const redis = vi.hoisted(() => ({ ready: true, consume: vi.fn() }));
vi.mock('./rate-limit-redis', () => ({
  getRateLimitRedis: () => ({}),
  whenRateLimitRedisReady: async () => redis.ready,
}));
vi.mock('rate-limiter-flexible', () => ({
  RateLimiterRedis: class {
    consume = redis.consume;
  },
}));

beforeEach(() => {
  redis.ready = true;
  redis.consume.mockReset();
});

const caller = {
  apiKeyId: 'key-1',
  partnerId: 'partner-1',
  rateLimitTier: { name: 'standard' as const, requests: 100, windowS: 60 },
};

async function refusal() {
  const refused = await limitRequest(caller).then(
    () => null,
    (error: unknown) => error,
  );
  if (!isApiProblem(refused)) throw new Error(`Not refused with a problem: ${String(refused)}`);
  return {
    en: await problemResponse(refused, 'req-1').json(),
    ru: await problemResponse(refused, 'req-1', {}, 'ru').json(),
  };
}

describe('a key past its budget', () => {
  it('is told its budget and when to retry, in English by default and in Russian', async () => {
    redis.consume.mockRejectedValue({ remainingPoints: 0, msBeforeNext: 11_200 });
    const { en, ru } = await refusal();
    const english = 'This key may make 100 requests per 60 s (tier "standard"). Retry in 12 s.';
    expect(en).toMatchObject({ status: 429, detail: english });
    expect(ru).toMatchObject({
      title: 'Слишком много запросов',
      detail: 'Лимит этого ключа — 100 запросов за 60 с (уровень «standard»). Повторите через 12 с.',
      detailEn: english,
    });
  });
});

describe('a request when the rate limiter cannot count it', () => {
  it('is a 503 said in English by default and in Russian', async () => {
    redis.ready = false;
    const { en, ru } = await refusal();
    const english =
      'Rate limiting is unavailable right now, so we cannot take the request. Retry in a few seconds.';
    expect(en).toMatchObject({ status: 503, detail: english });
    expect(ru).toMatchObject({
      title: 'Сервис недоступен',
      detail:
        'Учёт частоты запросов сейчас недоступен, поэтому принять запрос мы не можем. Повторите через несколько секунд.',
      detailEn: english,
    });
  });
});
