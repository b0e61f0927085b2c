import { describe, expect, it } from 'vitest';
import { internalErrorMessage } from './trpc';

describe('the message of a failure on our side', () => {
  it('says the request id to quote, in English by default and in Russian to a Russian-speaking user', () => {
    expect(internalErrorMessage('req-5')).toBe(
      'Something went wrong on our side. Please try again, and quote request id req-5 if it persists.',
    );
    expect(internalErrorMessage('req-5', 'ru')).toBe(
      'Что-то пошло не так на нашей стороне. Попробуйте ещё раз, а если ошибка повторится, сообщите идентификатор запроса req-5.',
    );
    expect(internalErrorMessage(undefined, 'ru')).toBe(
      'Что-то пошло не так на нашей стороне. Попробуйте ещё раз.',
    );
  });
});
