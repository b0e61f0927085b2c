/**
 * Numbers for people, in the reader's language: money with its currency, grams, millimetres, counts,
 * dates and relative times. Every figure on a page goes through here (`createFormat(locale)`, or the
 * web app's `useFormat()`), so English and Russian pages differ only in the locale passed.
 */

/** The Intl locale of each language Facet speaks: English reads like Ireland's (€1,234.50), Russian like Russia's. */
const INTL_LOCALE: Record<string, string> = { en: 'en-IE', ru: 'ru-RU' };

export function intlLocale(locale: string): string {
  return INTL_LOCALE[locale] ?? locale;
}

/** An amount kept in minor units (cents, kopecks) in its currency: `€1,234.50`, `1 234,50 ₽`. */
export function formatMoney(minorUnits: number, currency = 'EUR', locale = 'en'): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).format(minorUnits / 100);
}

/** The same amount without its minor units when they are zero (`€1,234`), for charts and summaries. */
export function formatMoneyShort(minorUnits: number, currency = 'EUR', locale = 'en'): string {
  const whole = minorUnits % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : undefined,
    maximumFractionDigits: whole ? 0 : undefined,
  }).format(minorUnits / 100);
}

/** The currency's sign in the reader's language (`€`, `₽`). */
export function currencySymbol(currency = 'EUR', locale = 'en'): string {
  return (
    new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
    })
      .formatToParts(0)
      .find((part) => part.type === 'currency')?.value ?? currency
  );
}

export function formatCount(count: number, locale = 'en'): string {
  return count.toLocaleString(intlLocale(locale));
}

export function formatGrams(grams: number, locale = 'en'): string {
  const figure = grams.toLocaleString(intlLocale(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${figure} ${locale === 'ru' ? 'г' : 'g'}`;
}

export function formatMm(mm: number, locale = 'en'): string {
  return `${mm.toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 })} ${locale === 'ru' ? 'мм' : 'mm'}`;
}

export function formatOrderNumber(number: number): string {
  return `FCT-${String(number).padStart(6, '0')}`;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(date: Date, now: Date = new Date(), locale = 'en'): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/**
 * The workshop's clock (the reports count days in it too, `order_report_day`). Times are shown in it
 * everywhere, so a page rendered on the server reads the same once the browser hydrates it, whatever
 * the time zone of either.
 */
export const WORKSHOP_TIME_ZONE = 'Europe/Paris';

export function formatDateTime(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: WORKSHOP_TIME_ZONE,
  }).format(date);
}

export function formatDate(date: Date, locale = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeZone: WORKSHOP_TIME_ZONE,
  }).format(date);
}

/** Every formatter bound to one language and the installation's currency (the default for money). */
export function createFormat(locale: string, currency = 'EUR') {
  return {
    locale,
    currency,
    money: (minorUnits: number, inCurrency: string = currency) => formatMoney(minorUnits, inCurrency, locale),
    moneyShort: (minorUnits: number, inCurrency: string = currency) =>
      formatMoneyShort(minorUnits, inCurrency, locale),
    currencySymbol: (inCurrency: string = currency) => currencySymbol(inCurrency, locale),
    count: (count: number) => formatCount(count, locale),
    grams: (grams: number) => formatGrams(grams, locale),
    mm: (mm: number) => formatMm(mm, locale),
    dateTime: (date: Date) => formatDateTime(date, locale),
    date: (date: Date) => formatDate(date, locale),
    relative: (date: Date, now?: Date) => formatRelative(date, now, locale),
    orderNumber: formatOrderNumber,
  };
}
export type Format = ReturnType<typeof createFormat>;
