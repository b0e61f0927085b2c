import { createFormat } from '@facet/ui/format';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { resolveLocale } from './resolve-locale';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/** Sample values for every argument a message names, so formatting runs every branch it can. */
function sampleValues(message: string): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [, name, type] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    if (!name) continue;
    values[name] =
      type === 'plural' || type === 'number' || type === 'selectordinal'
        ? 2
        : type === 'date'
          ? new Date()
          : 'x';
  }
  return values;
}

const catalogues = { en: CATALOGUES.en as Tree, ru: CATALOGUES.ru as Tree };

describe('message catalogues', () => {
  it('have the same keys in English and Russian', () => {
    const english = leaves(catalogues.en)
      .map(([key]) => key)
      .sort();
    const russian = leaves(catalogues.ru)
      .map(([key]) => key)
      .sort();
    expect(russian).toEqual(english);
    expect(english.length).toBeGreaterThan(50);
  });

  it.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)(
    '%s: every message is valid ICU',
    (locale) => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: catalogues[locale],
        onError: (error) => errors.push(error.message),
      });
      for (const [key, message] of leaves(catalogues[locale])) {
        // Rich-text tags get a renderer that returns their text.
        const values = { ...sampleValues(message) } as Record<string, unknown>;
        for (const [, tag] of message.matchAll(/<(\w+)>/g)) if (tag) values[tag] = (chunks: string) => chunks;
        t.markup(key as never, values as never);
      }
      expect(errors).toEqual([]);
    },
  );

  it('a Russian count takes its noun in the right form (one, few, many)', () => {
    const t = createTranslator({ locale: 'ru', messages: CATALOGUES.ru });
    const orders = (count: number) => t('common.orderCount', { count });
    expect(orders(1)).toBe('1 заказ');
    expect(orders(2)).toBe('2 заказа');
    expect(orders(5)).toBe('5 заказов');
    expect(orders(21)).toBe('21 заказ');
    expect(orders(11)).toBe('11 заказов');
    const english = createTranslator({ locale: 'en', messages: CATALOGUES.en });
    expect(english('common.orderCount', { count: 1 })).toBe('1 order');
    expect(english('common.orderCount', { count: 5 })).toBe('5 orders');
  });
});

describe('money and figures in the reader’s language', () => {
  // Intl separates roubles' thousands and the sign with no-break spaces; a reader sees spaces.
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('formats roubles the Russian way', () => {
    expect(plain(createFormat('ru', 'RUB').money(123_450))).toBe('1 234,50 ₽');
    expect(plain(createFormat('ru').money(123_450, 'EUR'))).toBe('1 234,50 €');
  });

  it('formats euros the English way, as before', () => {
    expect(createFormat('en').money(123_450)).toBe('€1,234.50');
    expect(createFormat('en', 'RUB').money(123_450)).toBe('₽1,234.50');
    expect(createFormat('en').moneyShort(120_000)).toBe('€1,200');
  });

  it('writes grams and millimetres with the language’s decimal sign and unit', () => {
    expect(plain(createFormat('ru').grams(1234.56))).toBe('1 234,6 г');
    expect(createFormat('en').grams(1234.56)).toBe('1,234.6 g');
    expect(createFormat('ru').mm(2.5)).toBe('2,5 мм');
  });
});

describe('the page’s language', () => {
  it('is the user’s choice first, then the cookie, then the browser, then English', () => {
    const browserRu = 'ru-RU,ru;q=0.9,en;q=0.8';
    expect(resolveLocale({ userLocale: 'en', cookieLocale: 'ru', acceptLanguage: browserRu })).toBe('en');
    expect(resolveLocale({ userLocale: null, cookieLocale: 'ru', acceptLanguage: 'en-GB' })).toBe('ru');
    expect(resolveLocale({ userLocale: null, cookieLocale: 'de', acceptLanguage: browserRu })).toBe('ru');
    expect(
      resolveLocale({ userLocale: null, cookieLocale: undefined, acceptLanguage: 'de-DE,de;q=0.9' }),
    ).toBe('en');
    expect(
      resolveLocale({
        userLocale: null,
        cookieLocale: undefined,
        acceptLanguage: 'de;q=0.9,ru;q=0.5,en;q=0.4',
      }),
    ).toBe('ru');
    expect(resolveLocale({ userLocale: null, cookieLocale: undefined, acceptLanguage: 'ru;q=0,en' })).toBe(
      'en',
    );
  });
});
