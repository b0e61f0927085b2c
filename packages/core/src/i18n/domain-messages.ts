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

/** The statuses as the Russian screens name them (the web's `status` messages), for sentences made here. */
const STATUS_RU: Record<string, string> = {
  INITIATED: 'Начат',
  FILE_UPLOADED: 'Файлы загружены',
  SUBMITTED: 'Отправлен',
  PRICE_CALCULATED: 'Рассчитан',
  MANUFACTURING_APPROVED: 'Одобрен в производство',
  MANUFACTURING_STARTED: 'В производстве',
  MANUFACTURING_COMPLETED: 'Отлит и обработан',
  PACKAGING: 'Упаковка',
  SHIPPED: 'Отправлен клиенту',
  CLOSED: 'Доставлен',
  REJECTED: 'Отклонён',
  CANCELLED: 'Отменён',
  ON_HOLD: 'Приостановлен',
};

const ROLE_RU: Record<string, string> = {
  customer: 'покупатель',
  seller: 'продавец',
  operator: 'оператор',
  admin: 'администратор',
  partner: 'партнёр',
  system: 'система',
};

/** A status's or a role's Russian name; anything else as it is. */
export function nameInRussian(value: string): string {
  return STATUS_RU[value] ?? ROLE_RU[value] ?? value;
}

/** «Рассчитан»: a status in a Russian sentence (an unknown one as it is). */
const statusRu = (status: string) => `«${STATUS_RU[status] ?? status}»`;
const roleRu = (role: string) => ROLE_RU[role] ?? role;

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
  // Orders: who may move an order where (orders/transitions.ts), lost races, holds.
  'order.not-found': entry({ en: () => 'No such order.', ru: () => 'Такого заказа нет.', example: {} }),
  'order.transition-unknown': entry({
    en: (p: { from: string; to: string }) => `An order cannot go from ${p.from} to ${p.to}.`,
    ru: (p) => `Заказ нельзя перевести из статуса ${statusRu(p.from)} в ${statusRu(p.to)}.`,
    example: { from: 'SUBMITTED', to: 'CLOSED' },
  }),
  'order.transition-not-yours': entry({
    en: (p: { by: string; from: string; to: string }) =>
      `A ${p.by} cannot move an order from ${p.from} to ${p.to}.`,
    ru: (p) =>
      `Роль «${roleRu(p.by)}» не может перевести заказ из статуса ${statusRu(p.from)} в ${statusRu(p.to)}.`,
    example: { by: 'admin', from: 'MANUFACTURING_APPROVED', to: 'MANUFACTURING_STARTED' },
  }),
  'order.held-from-other-status': entry({
    en: (p: { status: string }) => `This order was put on hold from ${p.status}.`,
    ru: (p) => `Этот заказ поставлен на паузу из статуса ${statusRu(p.status)}.`,
    example: { status: 'PRICED' },
  }),
  'order.held-from-unknown-status': entry({
    en: () => 'This order was put on hold from an unknown status.',
    ru: () => 'Этот заказ поставлен на паузу из неизвестного статуса.',
    example: {},
  }),
  'order.claimant-only': entry({
    en: () => 'Only the operator who claimed this order can do that.',
    ru: () => 'Это может сделать только оператор, взявший заказ.',
    example: {},
  }),
  'order.reason-required': entry({
    en: (p: { to: string }) => `Moving an order to ${p.to} needs a reason.`,
    ru: (p) => `Чтобы перевести заказ в статус ${statusRu(p.to)}, укажите причину.`,
    example: { to: 'ON_HOLD' },
  }),
  'order.claimed-by': entry({
    en: (p: { name: string }) => `Already claimed by ${p.name}.`,
    ru: (p) => `Заказ уже взял(а) ${p.name}.`,
    example: { name: 'Olga Operator' },
  }),
  'order.changed-meanwhile': entry({
    en: (p: { status: string; to: string }) =>
      `The order changed meanwhile: it is now ${p.status}, so it cannot move to ${p.to}.`,
    ru: (p) =>
      `Заказ за это время изменился: теперь он в статусе ${statusRu(p.status)} и не может перейти в ${statusRu(p.to)}.`,
    example: { status: 'CANCELLED', to: 'MANUFACTURING_STARTED' },
  }),
  'order.gone-meanwhile': entry({
    en: (p: { to: string }) => `The order changed meanwhile: it is now gone, so it cannot move to ${p.to}.`,
    ru: (p) => `Заказ за это время исчез и не может перейти в статус ${statusRu(p.to)}.`,
    example: { to: 'MANUFACTURING_STARTED' },
  }),
  'order.not-on-hold': entry({
    en: () => 'This order is not on hold.',
    ru: () => 'Заказ не на паузе.',
    example: {},
  }),

  // Who works where.
  'crm.sellers-only': entry({
    en: () => 'Only sellers and admins work in the CRM.',
    ru: () => 'В CRM работают только продавцы и администраторы.',
    example: {},
  }),
  'mes.operators-only': entry({
    en: () => 'Only operators can use the production console.',
    ru: () => 'Пультом производства пользуются только операторы.',
    example: {},
  }),
  'mes.page-link-invalid': entry({
    en: () => 'This page link is not valid any more.',
    ru: () => 'Эта ссылка на страницу больше не действует.',
    example: {},
  }),

  // Casting trees.
  'tree.not-found': entry({ en: () => 'No such casting tree.', ru: () => 'Такой ёлки нет.', example: {} }),
  'tree.operators-only': entry({
    en: () => 'Trees are built and cast by operators, from the orders they claimed.',
    ru: () => 'Ёлки собирают и отливают операторы, из взятых ими заказов.',
    example: {},
  }),
  'tree.builder-only': entry({
    en: () => 'Only the operator who built this tree can change or cast it.',
    ru: () => 'Менять и отливать ёлку может только оператор, который её собрал.',
    example: {},
  }),
  'tree.cast-already': entry({
    en: (p: { flask: number }) => `The tree on flask ${p.flask} is cast already.`,
    ru: (p) => `Ёлка в опоке ${p.flask} уже отлита.`,
    example: { flask: 12 },
  }),
  'tree.weigh-wax-first': entry({
    en: () => 'Weigh the wax first: the metal to issue comes from it.',
    ru: () => 'Сначала взвесьте воск: по нему считается металл к выдаче.',
    example: {},
  }),
  'tree.empty': entry({
    en: () => 'The tree has no orders on it.',
    ru: () => 'На ёлке нет заказов.',
    example: {},
  }),
  'tree.orders-on-hold': entry({
    en: (p: { numbers: string; count: number }) =>
      p.count === 1
        ? `${p.numbers} is on hold: take it off the tree or wait until a seller resumes it.`
        : `${p.numbers} are on hold: take them off the tree or wait until a seller resumes them.`,
    ru: (p) =>
      p.count === 1
        ? `${p.numbers} на паузе: снимите его с ёлки или дождитесь, пока продавец его возобновит.`
        : `На паузе ${p.count} ${plural('ru', p.count, { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' })}: ${p.numbers}. Снимите их с ёлки или дождитесь, пока продавец их возобновит.`,
    example: { numbers: 'FCT-001042, FCT-001043, FCT-001044', count: 3 },
  }),
  'tree.flask-busy': entry({
    en: (p: { flask: number }) =>
      `Flask ${p.flask} already holds a tree that is not cast yet: pick another flask.`,
    ru: (p) => `В опоке ${p.flask} уже стоит неотлитая ёлка: выберите другую опоку.`,
    example: { flask: 7 },
  }),
  'tree.order-not-on-tree': entry({
    en: () => 'That order is not on this tree.',
    ru: () => 'Этого заказа нет на ёлке.',
    example: {},
  }),
  'tree.order-on-hold': entry({
    en: (p: { number: string; note: string }) =>
      `${p.number} is on hold${p.note ? ` (“${p.note}”)` : ''}: it can go on a tree once a seller resumes it.`,
    ru: (p) =>
      `${p.number} на паузе${p.note ? ` («${p.note}»)` : ''}: он попадёт на ёлку, когда продавец его возобновит.`,
    example: { number: 'FCT-001042', note: 'Client asked to wait' },
  }),
  'tree.order-claimed-by-other': entry({
    en: (p: { number: string; name: string }) =>
      `${p.number} is claimed by ${p.name}: only the operator who claimed an order puts it on their tree.`,
    ru: (p) => `${p.number} взял(а) ${p.name}: на ёлку заказ ставит только оператор, который его взял.`,
    example: { number: 'FCT-001042', name: 'Oleg Operator' },
  }),
  'tree.order-claimed-by-someone': entry({
    en: (p: { number: string }) =>
      `${p.number} is claimed by another operator: only the operator who claimed an order puts it on their tree.`,
    ru: (p) => `${p.number} взял другой оператор: на ёлку заказ ставит только оператор, который его взял.`,
    example: { number: 'FCT-001042' },
  }),
  'tree.order-not-claimed': entry({
    en: (p: { number: string }) => `${p.number} is not claimed: claim it from the pool first.`,
    ru: (p) => `${p.number} никто не взял: сначала возьмите его из пула.`,
    example: { number: 'FCT-001042' },
  }),
  'tree.order-past-casting': entry({
    en: (p: { number: string }) =>
      `${p.number} is past casting already: only orders in production and not yet cast go on a tree.`,
    ru: (p) => `${p.number} уже прошёл литьё: на ёлку ставят только заказы в производстве, ещё не отлитые.`,
    example: { number: 'FCT-001042' },
  }),
  'tree.order-other-alloy': entry({
    en: (p: { number: string; alloy: string; flask: number; treeAlloy: string }) =>
      `${p.number} is in ${p.alloy}, but the tree on flask ${p.flask} is for ${p.treeAlloy}: a tree is cast in one alloy.`,
    ru: (p) =>
      `${p.number} — в сплаве ${p.alloy}, а ёлка в опоке ${p.flask} — для ${p.treeAlloy}: ёлку отливают в одном сплаве.`,
    example: { number: 'FCT-001042', alloy: 'AU585', flask: 3, treeAlloy: 'AG925' },
  }),
  'tree.order-no-alloy': entry({
    en: (p: { number: string; flask: number; treeAlloy: string }) =>
      `${p.number} is in no alloy, but the tree on flask ${p.flask} is for ${p.treeAlloy}: a tree is cast in one alloy.`,
    ru: (p) =>
      `У ${p.number} нет сплава, а ёлка в опоке ${p.flask} — для ${p.treeAlloy}: ёлку отливают в одном сплаве.`,
    example: { number: 'FCT-001042', flask: 3, treeAlloy: 'AG925' },
  }),
  'tree.order-on-this-tree': entry({
    en: (p: { number: string }) => `${p.number} is on this tree already.`,
    ru: (p) => `${p.number} уже на этой ёлке.`,
    example: { number: 'FCT-001042' },
  }),
  'tree.order-on-other-tree': entry({
    en: (p: { number: string; flask: number }) =>
      `${p.number} is on the tree on flask ${p.flask} already: take it off that tree first.`,
    ru: (p) => `${p.number} уже на ёлке в опоке ${p.flask}: сначала снимите его с той ёлки.`,
    example: { number: 'FCT-001042', flask: 9 },
  }),
  'alloy.not-found': entry({ en: () => 'No such alloy.', ru: () => 'Такого сплава нет.', example: {} }),
  'partner.not-found': entry({ en: () => 'No such partner.', ru: () => 'Такого партнёра нет.', example: {} }),

  // Accounts.
  'account.not-found': entry({
    en: () => 'Your account no longer exists.',
    ru: () => 'Вашей учётной записи больше нет.',
    example: {},
  }),

  // The shop: cart and checkout.
  'cart.shoppers-only': entry({
    en: () => 'Only shoppers have a cart.',
    ru: () => 'Корзина есть только у покупателей.',
    example: {},
  }),
  'cart.empty': entry({ en: () => 'Your cart is empty.', ru: () => 'Ваша корзина пуста.', example: {} }),
  'cart.item-not-found': entry({
    en: () => 'That item is not in your cart.',
    ru: () => 'Этого изделия нет в вашей корзине.',
    example: {},
  }),
  'cart.model-not-found': entry({
    en: (p: { modelId: string }) => `No model with id ${p.modelId}.`,
    ru: (p) => `Модели с id ${p.modelId} нет.`,
    example: { modelId: '0190f0c4-0000-7000-8000-000000000000' },
  }),
  'checkout.remove-rejected': entry({
    en: (p: { names: string; reason: string }) => `Remove ${p.names} first: ${p.reason}`,
    ru: (p) => `Сначала уберите из корзины ${p.names}: ${p.reason}`,
    example: { names: 'ring.stl', reason: 'The walls are too thin to cast.' },
  }),
  'checkout.remove-unmakeable': entry({
    en: (p: { names: string }) => `Remove ${p.names} first: it cannot be made.`,
    ru: (p) => `Сначала уберите из корзины ${p.names}: это изделие изготовить нельзя.`,
    example: { names: 'ring.stl' },
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
