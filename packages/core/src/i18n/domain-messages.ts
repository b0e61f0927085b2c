import type { Locale } from './locale';

/** The forms a count takes in a language (`one`, `few`, `many`, `other`), `other` always. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const PLURAL_RULES: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  ru: new Intl.PluralRules('ru'),
};

/** The form of a word after `count`: `plural('ru', 3, { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' })`. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return forms[PLURAL_RULES[locale].select(count)] ?? forms.other;
}

interface Entry<P> {
  en: (params: P) => string;
  ru: (params: P) => string;
  /** Params to render the entry with in tests. */
  example: P;
}

function entry<P extends Record<string, string | number> = Record<string, never>>(e: Entry<P>): Entry<P> {
  return e;
}

/**
 * What the domain says when it refuses, in each language: a key, English and Russian templates and
 * the params they take. A DomainError carries the key and params; a transport renders them in the
 * caller's language, and the English text is the error's `message` (for logs and support).
 */
export const DOMAIN_MESSAGES = {
  'order.not-on-hold': entry({
    en: () => 'This order is not on hold.',
    ru: () => 'Заказ не на паузе.',
    example: {},
  }),
};

type Catalogue = typeof DOMAIN_MESSAGES;
export type DomainMessageKey = keyof Catalogue;
type ParamsOf<K extends DomainMessageKey> = Catalogue[K]['example'];

export interface DomainMessage<K extends DomainMessageKey = DomainMessageKey> {
  key: K;
  params: ParamsOf<K>;
}

/** A catalogue message with its params, e.g. `domainMessage('tree.cast-already', { flask: '12' })`. */
export function domainMessage<K extends DomainMessageKey>(
  key: K,
  ...params: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]
): DomainMessage<K> {
  return { key, params: (params[0] ?? {}) as ParamsOf<K> };
}

export function renderDomainMessage(message: DomainMessage, locale: Locale): string {
  const template = DOMAIN_MESSAGES[message.key][locale] as (params: unknown) => string;
  return template(message.params);
}
