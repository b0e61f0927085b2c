import type { Locale } from './locale';

/**
 * The Intl locale each language writes figures in, as the pages do (`@facet/ui/format`): `5,000,000`
 * and `€1,234.50` in English, `5 000 000` and `1 234,50 €` in Russian.
 */
const INTL_LOCALE: Record<Locale, string> = { en: 'en-IE', ru: 'ru-RU' };

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/** The forms a count takes in a language (`one`, `few`, `many`, `other`), `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a word after `count`: `plural('ru', 3, { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' })`. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return forms[PLURAL_RULES[locale].select(count)] ?? forms.other;
}

/** 5000000 → "5,000,000" / "5 000 000"; a fraction up to one digit ("1.5" / "1,5"). */
export function sayCount(locale: Locale, value: number): string {
  return value.toLocaleString(INTL_LOCALE[locale], { maximumFractionDigits: 1 });
}

/** 0.2 with 2 digits → "0.20" / "0,20": a measurement, never grouped. */
export function sayFixed(locale: Locale, value: number, digits: number): string {
  return value.toLocaleString(INTL_LOCALE[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** 0.5 → "0.5" / "0,5": a measurement to at most 2 decimals, never grouped. */
export function sayUpTo2(locale: Locale, value: number): string {
  return value.toLocaleString(INTL_LOCALE[locale], { maximumFractionDigits: 2, useGrouping: false });
}

const BYTE_UNITS: Record<Locale, { kib: string; mib: string; bytes: PluralForms }> = {
  en: { kib: 'KiB', mib: 'MiB', bytes: { one: 'byte', other: 'bytes' } },
  ru: { kib: 'КиБ', mib: 'МиБ', bytes: { one: 'байт', few: 'байта', many: 'байт', other: 'байта' } },
};

/** 536870912 → "512 MiB" / "512 МиБ"; 84 → "84 bytes" / "84 байта". */
export function sayBytes(locale: Locale, bytes: number): string {
  const units = BYTE_UNITS[locale];
  if (bytes >= 1024 * 1024)
    return `${sayCount(locale, Math.round((bytes / (1024 * 1024)) * 10) / 10)} ${units.mib}`;
  if (bytes >= 1024) return `${sayCount(locale, Math.round((bytes / 1024) * 10) / 10)} ${units.kib}`;
  return `${sayCount(locale, bytes)} ${plural(locale, bytes, units.bytes)}`;
}

/** 123450 EUR → "€1,234.50" / "1 234,50 €": money kept in minor units. */
export function sayMoney(locale: Locale, cents: number, currency: string): string {
  return (cents / 100).toLocaleString(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  });
}

/** 10.5 → "10.5" / "10,5": a plain figure (a ratio, a percentage), up to 3 decimals, never grouped. */
export function sayNumber(locale: Locale, value: number): string {
  return value.toLocaleString(INTL_LOCALE[locale], { maximumFractionDigits: 3, useGrouping: false });
}

/** 149.456 → "149.46 g" / "149,46 г": grams to the hundredth, as the workshop's scales read. */
export function sayGrams(locale: Locale, grams: number): string {
  const rounded = Math.round(grams * 100) / 100;
  return locale === 'ru' ? `${sayNumber('ru', rounded)} г` : `${rounded} g`;
}

const DURATION_UNITS: Array<{ seconds: number; en: string; ru: PluralForms }> = [
  { seconds: 86_400, en: 'day', ru: { one: 'дня', few: 'дней', many: 'дней', other: 'дня' } },
  { seconds: 3_600, en: 'hour', ru: { one: 'часа', few: 'часов', many: 'часов', other: 'часа' } },
  { seconds: 60, en: 'minute', ru: { one: 'минуты', few: 'минут', many: 'минут', other: 'минуты' } },
];
const SECONDS_RU: PluralForms = { one: 'секунды', few: 'секунд', many: 'секунд', other: 'секунды' };

/**
 * A time limit as people say it after "longer than" / "дольше": "2 days" / "2 дней", "1 hour" /
 * "1 часа", "90 minutes" / "90 минут" (the largest unit it is a whole number of).
 */
export function sayLimit(locale: Locale, seconds: number): string {
  for (const unit of DURATION_UNITS) {
    if (seconds >= unit.seconds && seconds % unit.seconds === 0) {
      const amount = seconds / unit.seconds;
      return locale === 'ru'
        ? `${amount} ${plural('ru', amount, unit.ru)}`
        : `${amount} ${unit.en}${amount === 1 ? '' : 's'}`;
    }
  }
  return locale === 'ru' ? `${seconds} ${plural('ru', seconds, SECONDS_RU)}` : `${seconds} seconds`;
}
