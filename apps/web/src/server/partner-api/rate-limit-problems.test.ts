import { describe, expect, it } from 'vitest';
import { type ApiProblem, problemResponse } from './problem';
import { rateLimitedProblem, rateLimiterDown } from './rate-limit-problems';

const tier = { name: 'standard' as const, requests: 100, windowS: 60 };

async function said(problem: ApiProblem) {
  return {
    en: await problemResponse(problem, 'req-1').json(),
    ru: await problemResponse(problem, 'req-1', {}, 'ru').json(),
  };
}

describe('a key past its budget', () => {
  it('is told its budget and when to retry, in English by default and in Russian', async () => {
    const problem = rateLimitedProblem(tier, 11_200, { 'x-ratelimit-remaining': '0' });
    const { en, ru } = await said(problem);
    const english = 'This key may make 100 requests per 60 s (tier "standard"). Retry in 12 s.';
    expect(en).toMatchObject({ status: 429, detail: english });
    expect(ru).toMatchObject({
      title: 'Слишком много запросов',
      detail: 'Лимит этого ключа — 100 запросов за 60 с (уровень «standard»). Повторите через 12 с.',
      detailEn: english,
    });
    expect(problemResponse(problem, 'req-1').headers.get('retry-after')).toBe('12');
  });
});

describe('a request when the rate limiter cannot count it', () => {
  it('is a 503 said in English by default and in Russian', async () => {
    const { en, ru } = await said(rateLimiterDown());
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
