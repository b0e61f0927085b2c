import { domainMessage } from '@facet/core/i18n/domain-messages';
import { fieldMessage } from '@facet/core/i18n/field-messages';
import {
  DOMAIN_ERROR_REASONS,
  DOMAIN_ERRORS,
  DomainError,
  type DomainErrorCode,
} from '@facet/core/shared/errors';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROBLEM_BY_REASON, problemSlugOf, toApiProblem } from './map-error';
import { PROBLEMS, problemBody, problemLocale } from './problem';

describe('a refusal of the domain on the partner API', () => {
  it('answers each code with the status the one table gives it', () => {
    for (const code of Object.keys(DOMAIN_ERRORS) as DomainErrorCode[]) {
      expect(PROBLEMS[problemSlugOf({ code })].status, code).toBe(DOMAIN_ERRORS[code].status);
    }
  });

  it('answers each documented reason with its own problem type, at its code’s status', () => {
    for (const [reason, slug] of Object.entries(PROBLEM_BY_REASON)) {
      const code = DOMAIN_ERROR_REASONS[reason as keyof typeof DOMAIN_ERROR_REASONS];
      expect(PROBLEMS[slug].status, reason).toBe(DOMAIN_ERRORS[code].status);
    }
  });

  it('keeps the problem types partners know', () => {
    const of = (error: DomainError) => toApiProblem(error, 'req-1').slug;
    expect(of(new DomainError('INVALID_TRANSITION', 'Too late.'))).toBe('invalid-transition');
    expect(of(new DomainError('CONFLICT', 'Not yet.', undefined, 'model-not-ready'))).toBe('model-not-ready');
    expect(of(new DomainError('CONFLICT', 'Taken.', undefined, 'external-ref-taken'))).toBe(
      'duplicate-external-ref',
    );
    expect(of(new DomainError('UNAUTHENTICATED', 'Revoked.', undefined, 'api-key-revoked'))).toBe(
      'revoked-api-key',
    );
    expect(of(new DomainError('UNPROCESSABLE', 'Too thin.', undefined, 'not-castable'))).toBe(
      'unprocessable',
    );
    const tooLarge = toApiProblem(
      new DomainError('PAYLOAD_TOO_LARGE', 'Too big.', { field: 'file', limitBytes: 10 }),
      'req-1',
    );
    expect(problemBody(tooLarge, 'req-1')).toMatchObject({ status: 413, limitBytes: 10 });
  });
});

describe('a refusal of the domain in the partner’s language', () => {
  it('is English by default, and the catalogue’s Russian with the English beside it for Accept-Language: ru', () => {
    const error = new DomainError('CONFLICT', domainMessage('tree.cast-already', { flask: 4 }));
    const found = toApiProblem(error, 'req-1');
    expect(problemBody(found, 'req-1')).toMatchObject({ detail: 'The tree on flask 4 is cast already.' });
    const locale = problemLocale(
      new Request('http://localhost/api/v1/orders', { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } }),
    );
    expect(problemBody(found, 'req-1', locale)).toMatchObject({
      title: 'Конфликт',
      detail: 'Ёлка в опоке 4 уже отлита.',
      detailEn: 'The tree on flask 4 is cast already.',
    });
  });
});

describe('a failure on our side', () => {
  it('is one sentence with the request id, in English by default and in Russian for Accept-Language: ru', () => {
    const failed = toApiProblem(new Error('connection reset by the disk'), 'req-7');
    expect(problemBody(failed, 'req-7')).toMatchObject({
      status: 500,
      title: 'Internal error',
      detail:
        'Something went wrong on our side. Please try again, and quote request id req-7 if it persists.',
    });
    expect(problemBody(failed, 'req-7', 'ru')).toMatchObject({
      title: 'Внутренняя ошибка',
      detail:
        'Что-то пошло не так на нашей стороне. Попробуйте ещё раз, а если ошибка повторится, сообщите идентификатор запроса req-7.',
      detailEn:
        'Something went wrong on our side. Please try again, and quote request id req-7 if it persists.',
    });
    expect(JSON.stringify(problemBody(failed, 'req-7', 'ru'))).not.toContain('disk');
  });
});

describe('what the wrapper maps itself, in the partner’s language', () => {
  it('says a dependency it cannot reach in English by default and in Russian', () => {
    const down = toApiProblem(
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      'r',
    );
    const english = 'A service we depend on is not reachable. Retry in a few seconds.';
    expect(problemBody(down, 'r')).toMatchObject({ status: 503, detail: english });
    expect(problemBody(down, 'r', 'ru')).toMatchObject({
      title: 'Сервис недоступен',
      detail: 'Служба, от которой мы зависим, недоступна. Повторите через несколько секунд.',
      detailEn: english,
    });
  });

  it('says a stray schema refusal in English by default and in Russian, a schema’s own words too', () => {
    const parsed = z
      .object({ reason: z.string().min(3, fieldMessage('api.cancel-reason-short')) })
      .safeParse({ reason: 'no' });
    if (parsed.success) throw new Error('the input was taken');
    const refused = toApiProblem(parsed.error, 'r');
    const english = 'The request does not match the documented schema.';
    expect(problemBody(refused, 'r')).toMatchObject({
      status: 400,
      detail: english,
      errors: [{ field: 'reason', message: 'Say why the order is cancelled (at least 3 characters).' }],
    });
    expect(problemBody(refused, 'r', 'ru')).toMatchObject({
      detail: 'Запрос не соответствует описанной схеме.',
      detailEn: english,
      errors: [{ field: 'reason', message: 'Укажите причину отмены заказа (не короче 3 символов).' }],
    });
  });

  it('gives a refused field of the domain its Russian words too', () => {
    const error = new DomainError('INVALID_INPUT', domainMessage('api.alloy-unknown', { code: 'AU999' }), {
      field: 'items.0.alloyCode',
    });
    expect(problemBody(toApiProblem(error, 'r'), 'r', 'ru')).toMatchObject({
      detail: 'Неизвестный сплав «AU999». Список сплавов — GET /materials.',
      errors: [
        {
          field: 'items.0.alloyCode',
          message: 'Неизвестный сплав «AU999». Список сплавов — GET /materials.',
        },
      ],
    });
  });
});
