import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installationCurrency } from '../shared/currency';
import { negotiateLocale } from './locale';
import { localizeIssue } from './validation-messages';

describe('negotiateLocale', () => {
  it('takes the best-rated language we speak', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en-US;q=0.8')).toBe('ru');
    expect(negotiateLocale('en-GB,en;q=0.9')).toBe('en');
    expect(negotiateLocale('fr;q=0.9,en;q=0.3,ru;q=0.5')).toBe('ru');
    expect(negotiateLocale('fr-FR')).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});

describe('localizeIssue', () => {
  const issues = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues ?? [];

  it('writes Russian messages with the plural the number asks for', () => {
    const [short] = issues(z.string().min(10, 'Use at least 10 characters.'), 'abc');
    expect(localizeIssue(short!, 'ru')).toBe('Не короче 10 символов.');
    expect(localizeIssue(short!, 'en')).toBe('Use at least 10 characters.');
    const [long] = issues(z.string().max(21), 'x'.repeat(30));
    expect(localizeIssue(long!, 'ru')).toBe('Не длиннее 21 символа.');
    const [empty] = issues(z.string().min(1), '');
    expect(localizeIssue(empty!, 'ru')).toBe('Заполните это поле.');
    const [email] = issues(z.email(), 'not-an-address');
    expect(localizeIssue(email!, 'ru')).toMatch(/^Введите адрес электронной почты/);
  });

  it('keeps our own refinements in their words', () => {
    const [custom] = issues(
      z.string().refine(() => false, 'Engraving uses letters we cannot cut.'),
      'x',
    );
    expect(localizeIssue(custom!, 'ru')).toBe('Engraving uses letters we cannot cut.');
  });
});

describe('installationCurrency', () => {
  it('is EUR by default, RUB when set, and refuses anything else by name', () => {
    expect(installationCurrency({})).toBe('EUR');
    expect(installationCurrency({ FACET_CURRENCY: 'RUB' })).toBe('RUB');
    expect(() => installationCurrency({ FACET_CURRENCY: 'USD' })).toThrow(
      /FACET_CURRENCY must be one of EUR, RUB/,
    );
  });
});
