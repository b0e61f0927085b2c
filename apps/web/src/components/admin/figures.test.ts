import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ru from '../../../messages/ru.json';
import { caratBandLabel, plainAmount } from './figures';

describe('carat bands', () => {
  const english = createTranslator({ locale: 'en', messages: en, namespace: 'uiRest.stones' });
  const russian = createTranslator({ locale: 'ru', messages: ru, namespace: 'uiRest.stones' });

  it('reads as before in English', () => {
    expect(caratBandLabel(1, english)).toBe('0.25–0.5 ct');
    expect(caratBandLabel(4, english)).toBe('2 ct and over');
  });

  it('reads in Russian with a decimal comma and «кар»', () => {
    expect(caratBandLabel(1, russian)).toBe('0,25–0,5 кар');
    expect(caratBandLabel(4, russian)).toBe('от 2 кар');
  });
});

describe('amounts in a table of figures', () => {
  it('has two decimals and no grouping, with the reader’s decimal mark', () => {
    expect(plainAmount(123450, 'en')).toBe('1234.50');
    expect(plainAmount(123450, 'ru')).toBe('1234,50');
  });
});

describe('role names inside a sentence', () => {
  it('are lower case in English and Russian', () => {
    const english = createTranslator({ locale: 'en', messages: en, namespace: 'uiRest.users' });
    const russian = createTranslator({ locale: 'ru', messages: ru, namespace: 'uiRest.users' });
    expect(english('confirmRole', { name: 'Anna', role: 'admin' })).toBe(
      'Make Anna administrator? Their sessions end now.',
    );
    expect(russian('roleChanged', { name: 'Анна', role: 'operator' })).toBe(
      'Анна: новая роль — оператор; все сеансы завершены.',
    );
  });
});
