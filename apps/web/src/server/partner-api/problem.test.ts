import { describe, expect, it } from 'vitest';
import { ApiProblem, PROBLEMS, problemLocale, problemResponse } from './problem';
import { PROBLEMS_RU } from './problem-ru';

const request = (acceptLanguage?: string) =>
  new Request('http://localhost/api/v1/orders', {
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  });

describe('partner API problems in the caller’s language', () => {
  it('answers in English unless Russian is asked for', () => {
    expect(problemLocale(request())).toBe('en');
    expect(problemLocale(request('de-DE,de;q=0.9'))).toBe('en');
    expect(problemLocale(request('ru-RU,ru;q=0.9,en;q=0.5'))).toBe('ru');
  });

  it('gives a Russian title and detail, and keeps the English detail beside them', async () => {
    const problem = new ApiProblem('not-found', 'No order with id 42 among yours.');
    const english = problemResponse(problem, 'req-1');
    expect(english.headers.get('content-language')).toBe('en');
    expect(await english.json()).toMatchObject({
      title: 'Not found',
      detail: 'No order with id 42 among yours.',
    });

    const russian = problemResponse(problem, 'req-2', {}, 'ru');
    expect(russian.headers.get('content-language')).toBe('ru');
    const body = await russian.json();
    expect(body).toMatchObject({
      title: 'Не найдено',
      detail: PROBLEMS_RU['not-found'].detail,
      detailEn: 'No order with id 42 among yours.',
      status: 404,
      requestId: 'req-2',
    });
  });

  it('has a Russian text for every problem', () => {
    expect(Object.keys(PROBLEMS_RU).sort()).toEqual(Object.keys(PROBLEMS).sort());
    for (const entry of Object.values(PROBLEMS_RU)) {
      expect(entry.title).toMatch(/[а-яё]/i);
      expect(entry.detail).toMatch(/[а-яё]/i);
    }
  });
});
