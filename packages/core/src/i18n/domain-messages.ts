import type { OrderStatus } from '@facet/db/enums';
import { z } from 'zod';
import { STATUS_LABEL } from '../orders/status-labels';
import { DESIGN_MESSAGE_ENTRIES } from './design-messages';
import { sayFieldMessage } from './field-messages';
import {
  type PluralForms,
  plural,
  sayBytes,
  sayCount,
  sayFixed,
  sayGrams,
  sayLimit,
  sayMoney,
  sayNumber,
  sayUpTo2,
} from './figures';
import type { Locale } from './locale';
import { MESH_MESSAGE_ENTRIES } from './mesh-messages';
import { STATUS_NAMES } from './status-names';
import { russianOfStoredReason, THICKNESS_REASON_ENTRIES } from './thickness-reasons';

const STATUS_RU: Record<string, string> = STATUS_NAMES.ru;

const ROLE_RU: Record<string, string> = {
  customer: 'покупатель',
  seller: 'продавец',
  operator: 'оператор',
  admin: 'администратор',
  partner: 'партнёр',
  system: 'система',
};

/** «Рассчитан»: a status in a Russian sentence (an unknown one as it is). */
const statusRu = (status: string) => `«${STATUS_RU[status] ?? status}»`;
const roleRu = (role: string) => ROLE_RU[role] ?? role;

/** What a ring-resize refusal names: sizes as `formatRingSize` writes them, millimetres to one decimal. */
interface RingResizeParams extends Record<string, string | number> {
  /** The size asked for. */
  size: string;
  /** How far it is from the model, inside, in mm. */
  changeMm: string;
  modelMm: string;
  modelSize: string;
  /** How far we resize, in mm of inner diameter. */
  reachMm: number;
  smallest: string;
  largest: string;
}

const RING_RESIZE_EXAMPLE: RingResizeParams = {
  size: 'EU 62',
  changeMm: '2.6',
  modelMm: '17.2',
  modelSize: 'EU 54',
  reachMm: 2,
  smallest: 'EU 48.5',
  largest: 'EU 60.5',
};

const ringResizeEn = (p: RingResizeParams, direction: 'wider' | 'narrower') =>
  `${p.size} is ${p.changeMm} mm ${direction} inside than the model (${p.modelMm} mm, ${p.modelSize}): we resize a ring by at most ${p.reachMm} mm of inner diameter. Choose a size from ${p.smallest} to ${p.largest}, or upload the model made in the size you want.`;

const ringResizeRu = (p: RingResizeParams, direction: 'шире' | 'уже') =>
  `Размер ${p.size} на ${p.changeMm} мм ${direction} изнутри, чем модель (${p.modelMm} мм, ${p.modelSize}): кольцо мы меняем в размере не больше чем на ${p.reachMm} мм внутреннего диаметра. Выберите размер от ${p.smallest} до ${p.largest} или загрузите модель, сделанную в нужном размере.`;

/** The address ranges webhooks may not reach, as `webhook-target.ts` names them in English. */
const WEBHOOK_RULE_RU: Record<string, string> = {
  'a loopback address': 'адрес обратной петли (loopback)',
  'a private network address (RFC 1918)': 'адрес частной сети (RFC 1918)',
  'a link-local address (this includes cloud metadata services such as 169.254.169.254)':
    'локальный адрес канала (link-local; сюда входят и службы метаданных облаков, например 169.254.169.254)',
  'a carrier-grade NAT address (100.64.0.0/10)': 'адрес операторского NAT (100.64.0.0/10)',
  'a multicast address': 'групповой адрес (multicast)',
  'the unspecified address': 'неопределённый адрес',
  'the broadcast address': 'широковещательный адрес',
  'a unique-local IPv6 address (fc00::/7)': 'уникальный локальный адрес IPv6 (fc00::/7)',
  'a reserved address': 'зарезервированный адрес',
  'not an IP address': 'не IP-адрес',
};

function webhookRuleRu(rule: string): string {
  const special = /^a special-purpose address \((.+)\)$/.exec(rule);
  return WEBHOOK_RULE_RU[rule] ?? (special ? `адрес особого назначения (${special[1]})` : rule);
}

/** A person's reason quoted after what they did: ` (“Wrong size”)` / ` («Wrong size»)`; nothing without one. */
const whyEn = (why: string) => (why ? ` (“${why}”)` : '');
const whyRu = (why: string) => (why ? ` («${why}»)` : '');

/** 0.8 → "0.8 mm", 0.75 → "0.75 mm": a design rule's millimetres, as the English verdicts write them. */
const mmEn = (value: number) => `${Number(value.toFixed(2))} mm`;
const mmRu = (value: number) => `${sayUpTo2('ru', value)} мм`;
const fixedRu = (value: number, digits: number) => sayFixed('ru', value, digits);

/** Edges of a mesh that is not closed: 1 открытое или общее ребро, 3 открытых или общих ребра, 5 … рёбер. */
const EDGES_RU: PluralForms = {
  one: 'открытое или общее ребро',
  few: 'открытых или общих ребра',
  many: 'открытых или общих рёбер',
  other: 'открытого или общего ребра',
};
const OPENINGS_RU: PluralForms = {
  one: 'отверстие',
  few: 'отверстия',
  many: 'отверстий',
  other: 'отверстия',
};

/** Calls after "не больше": не больше 1 вызова, 2 вызовов, 5 вызовов, 21 вызова. */
const CALLS_AFTER_MORE_RU: PluralForms = {
  one: 'вызова',
  few: 'вызовов',
  many: 'вызовов',
  other: 'вызова',
};

/** Requests a key may make: 1 запрос, 2 запроса, 5 запросов. */
const REQUESTS_RU: PluralForms = {
  one: 'запрос',
  few: 'запроса',
  many: 'запросов',
  other: 'запроса',
};

const POINT_EXAMPLE = { key: 'castability.point', params: { x: 8.9, y: -0.3, z: 1.5 } };
const THIN_WALL_EXAMPLE = {
  key: 'castability.finding.thin-wall',
  params: { measuredMm: 0.62, point: POINT_EXAMPLE, alloy: 'Sterling silver 925', limitMm: 0.8 },
};

/** A timeline event's type as the flight recorder names it in Russian (the English says its code). */
const EVENT_TYPE_RU: Record<string, string> = {
  item_added: 'Изделие добавлено',
  item_removed: 'Изделие удалено',
  castability_risk_accepted: 'Риск литья принят',
};

/** A status's, a role's, a refused address range's or an event type's Russian name; anything else as it is. */
export function nameInRussian(value: string): string {
  return STATUS_RU[value] ?? ROLE_RU[value] ?? WEBHOOK_RULE_RU[value] ?? EVENT_TYPE_RU[value] ?? value;
}

/**
 * A catalogue message as it travels and is stored (an error's `localized`, a timeline event's
 * message): its key and params. A param may be a message itself, said inside the other in the same
 * language (a castability finding inside its verdict, a place in a file inside a mesh refusal), or a
 * list of messages, said one after another (the problems of each piece of an order).
 */
export interface LocalizedMessage {
  key: string;
  params: Record<string, unknown>;
}

export const ZLocalizedMessage = z
  .object({ key: z.string().max(100), params: z.record(z.string(), z.unknown()) })
  .meta({ description: 'A catalogue message: its key and params, said in the reader’s language.' });

/** The params a message is given: where a template takes text, a message (or several) to say there will do. */
export type SaidParams<P> = {
  [K in keyof P]: P[K] extends string ? string | LocalizedMessage | LocalizedMessage[] : P[K];
};

export interface Entry<P> {
  /** Each template reads its params with every message inside them already said, as text. */
  en: (params: P) => string;
  ru: (params: P) => string;
  /** Params to render the entry with in tests. */
  example: NoInfer<SaidParams<P>>;
}

function entry<P extends Record<string, string | number> = Record<never, never>>(e: Entry<P>): Entry<P> {
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

  'alloy.unknown': entry({
    en: (p: { code: string }) => `Unknown alloy "${p.code}".`,
    ru: (p) => `Неизвестный сплав «${p.code}».`,
    example: { code: 'AU999' },
  }),

  // Lists read a page at a time.
  'list.page-link-outdated': entry({
    en: () => 'This page link is out of date. Go back to the first page.',
    ru: () => 'Эта ссылка на страницу устарела. Вернитесь на первую страницу.',
    example: {},
  }),

  // Accounts and administration.
  'session.sign-in-needed': entry({
    en: () => 'Sign in to continue.',
    ru: () => 'Войдите, чтобы продолжить.',
    example: {},
  }),
  'session.role-not-allowed': entry({
    en: () => 'Your role cannot do this.',
    ru: () => 'Вашей роли это недоступно.',
    example: {},
  }),
  'session.sign-in-to-order': entry({
    en: () => 'Sign in to order a piece.',
    ru: () => 'Войдите, чтобы заказать изделие.',
    example: {},
  }),
  'session.sign-in-to-see-file': entry({
    en: () => 'Sign in to see this file.',
    ru: () => 'Войдите, чтобы открыть этот файл.',
    example: {},
  }),
  'identity.email-registered': entry({
    en: () => 'An account with this email already exists. Sign in instead.',
    ru: () => 'Учётная запись с этим адресом электронной почты уже есть. Войдите в неё.',
    example: {},
  }),
  'admin.admins-only': entry({
    en: () => 'Only administrators can do this.',
    ru: () => 'Это может сделать только администратор.',
    example: {},
  }),
  'admin.queue-board-admins-only': entry({
    en: () => 'The queue dashboard is for administrators. Ask one if you need access.',
    ru: () =>
      'Панель очередей — только для администраторов. Если вам нужен доступ, обратитесь к администратору.',
    example: {},
  }),
  'admin.user-not-found': entry({
    en: () => 'No such user.',
    ru: () => 'Такого пользователя нет.',
    example: {},
  }),
  'admin.email-taken': entry({
    en: () => 'Someone already has an account with this email.',
    ru: () => 'Учётная запись с этим адресом электронной почты уже есть.',
    example: {},
  }),
  'admin.cannot-disable-self': entry({
    en: () => 'You cannot disable your own account.',
    ru: () => 'Свою учётную запись отключить нельзя.',
    example: {},
  }),
  'admin.cannot-drop-own-admin-role': entry({
    en: () => 'You cannot take away your own administrator role.',
    ru: () => 'Снять роль администратора с самого себя нельзя.',
    example: {},
  }),

  // The CRM: clients, partners, approval rules, the dashboard.
  'crm.client-not-found': entry({
    en: () => 'No such client.',
    ru: () => 'Такого клиента нет.',
    example: {},
  }),
  'crm.contact-not-found': entry({
    en: () => 'No such contact.',
    ru: () => 'Такого контакта нет.',
    example: {},
  }),
  'crm.partner-stays-company': entry({
    en: () => 'This client is an API partner, so it stays a company.',
    ru: () => 'Этот клиент — партнёр по API, поэтому он остаётся компанией.',
    example: {},
  }),
  'crm.client-already-partner': entry({
    en: (p: { name: string }) => `${p.name} is already a partner.`,
    ru: (p) => `${p.name} уже партнёр.`,
    example: { name: 'Yakutia Gold' },
  }),
  'crm.partner-must-be-company': entry({
    en: () => 'Only a company can become an API partner. Edit the client first.',
    ru: () => 'Партнёром по API может стать только компания. Сначала измените карточку клиента.',
    example: {},
  }),
  'crm.rule-not-found': entry({
    en: () => 'No such rule.',
    ru: () => 'Такого правила нет.',
    example: {},
  }),
  'crm.period-too-long': entry({
    en: (p: { days: number }) => `A period is at most ${p.days} days.`,
    ru: (p) =>
      `Период — не больше ${p.days} ${plural('ru', p.days, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' })}.`,
    example: { days: 366 },
  }),

  // Orders seen from the side: the flight recorder, a shopper's own, pricing.
  'order.flight-record-staff-only': entry({
    en: () => 'Only sellers and administrators can open the flight recorder.',
    ru: () => 'Бортовой журнал заказа открывают только продавцы и администраторы.',
    example: {},
  }),
  'order.reference-invalid': entry({
    en: () => 'Enter an order number such as FCT-001042, or an order id.',
    ru: () => 'Введите номер заказа, например FCT-001042, или id заказа.',
    example: {},
  }),
  'order.reference-not-found': entry({
    en: (p: { reference: string }) => `No order ${p.reference}.`,
    ru: (p) => `Заказа ${p.reference} нет.`,
    example: { reference: 'FCT-001042' },
  }),
  'order.people-only': entry({
    en: () => 'Only people have their own orders.',
    ru: () => 'Свои заказы бывают только у людей.',
    example: {},
  }),
  'order.model-not-found': entry({
    en: (p: { modelId: string }) => `No model with id ${p.modelId}.`,
    ru: (p) => `Модели с id ${p.modelId} нет.`,
    example: { modelId: '0190f0c4-0000-7000-8000-000000000000' },
  }),
  'order.model-rejected': entry({
    en: (p: { name: string; reason: string }) => `Model ${p.name} cannot be made: ${p.reason}`,
    ru: (p) => `Модель ${p.name} изготовить нельзя: ${p.reason}`,
    example: { name: 'ring.stl', reason: 'The walls are too thin to cast.' },
  }),

  // Earnings.
  'earnings.operators-only': entry({
    en: () => 'Earnings are an operator’s own: admins see everyone’s under Admin → Earnings.',
    ru: () =>
      'Заработок — личный раздел оператора: заработок всех операторов администратор видит в разделе «Администратор → Заработок операторов».',
    example: {},
  }),
  'earnings.operator-not-found': entry({
    en: () => 'No such operator.',
    ru: () => 'Такого оператора нет.',
    example: {},
  }),

  // Models: upload, access, quotes, ring sizes, castability.
  'model.not-found': entry({ en: () => 'No such model.', ru: () => 'Такой модели нет.', example: {} }),
  'model.owner-required': entry({
    en: () => 'Models belong to a person or a partner.',
    ru: () => 'Модель должна принадлежать человеку или партнёру.',
    example: {},
  }),
  'model.file-name-missing': entry({
    en: () => 'The file needs a name.',
    ru: () => 'У файла должно быть имя.',
    example: {},
  }),
  'model.file-name-too-long': entry({
    en: (p: { max: number }) => `The file name is too long (at most ${p.max} characters).`,
    ru: (p) =>
      `Имя файла слишком длинное (не больше ${p.max} ${plural('ru', p.max, { one: 'символа', few: 'символов', many: 'символов', other: 'символа' })}).`,
    example: { max: 200 },
  }),
  'model.file-name-control-characters': entry({
    en: () => 'The file name must not contain control characters.',
    ru: () => 'В имени файла не должно быть управляющих символов.',
    example: {},
  }),
  'model.file-name-invalid': entry({
    en: () => 'The file name is not valid.',
    ru: () => 'Недопустимое имя файла.',
    example: {},
  }),
  'model.file-empty': entry({
    en: () => 'The file is empty (0 bytes).',
    ru: () => 'Файл пустой (0 байт).',
    example: {},
  }),
  'model.no-file': entry({
    en: () => 'The request carried no file.',
    ru: () => 'В запросе нет файла.',
    example: {},
  }),
  'model.no-file-part': entry({
    en: () => 'The multipart body has no "file" part.',
    ru: () => 'В теле multipart/form-data нет части «file».',
    example: {},
  }),
  'model.file-too-large': entry({
    en: (p: { mib: number }) => `The file is larger than the ${p.mib} MiB we accept.`,
    ru: (p) => `Файл больше ${p.mib} МиБ — такие мы не принимаем.`,
    example: { mib: 100 },
  }),
  'model.design-unreadable': entry({
    en: () => 'The design could not be read.',
    ru: () => 'Не удалось прочитать изделие, собранное в конструкторе.',
    example: {},
  }),
  'model.preview-not-ready': entry({
    en: () => 'The preview is still being made.',
    ru: () => 'Превью ещё готовится.',
    example: {},
  }),
  'model.file-unknown': entry({
    en: (p: { file: string }) => `No file "${p.file}" for a model.`,
    ru: (p) => `У модели нет файла «${p.file}».`,
    example: { file: 'preview.jpg' },
  }),
  'model.rejected': entry({
    en: (p: { reason: string }) => `This model cannot be made: ${p.reason}`,
    ru: (p) => `Эту модель изготовить нельзя: ${p.reason}`,
    example: { reason: 'The walls are too thin to cast.' },
  }),
  'model.still-analysing': entry({
    en: () => 'The model is still being analysed; ask again in a few seconds.',
    ru: () => 'Модель ещё анализируется; повторите запрос через несколько секунд.',
    example: {},
  }),
  'model.analysis-pending': entry({
    en: (p: { modelId: string }) => `Model ${p.modelId} is still being analysed.`,
    ru: (p) => `Модель ${p.modelId} ещё анализируется.`,
    example: { modelId: '0190f0c4-0000-7000-8000-000000000000' },
  }),
  'ring.resize-too-wide': entry({
    en: (p: RingResizeParams) => ringResizeEn(p, 'wider'),
    ru: (p) => ringResizeRu(p, 'шире'),
    example: RING_RESIZE_EXAMPLE,
  }),
  'ring.resize-too-narrow': entry({
    en: (p: RingResizeParams) => ringResizeEn(p, 'narrower'),
    ru: (p) => ringResizeRu(p, 'уже'),
    example: { ...RING_RESIZE_EXAMPLE, size: 'EU 46' },
  }),
  // What stops a model being cast in any alloy (models/printability.ts); its volume and an unknown
  // thickness are said as the castability findings below.
  'printability.holes': entry({
    en: (p: { edges: number; opening: string }) =>
      `This model has holes (${p.edges} open or shared edges${p.opening ? `; ${p.opening}` : ''}), so it cannot be cast as is. Close the mesh in your 3D tool and upload it again.`,
    ru: (p) =>
      `В модели есть отверстия (${sayCount('ru', p.edges)} ${plural('ru', p.edges, EDGES_RU)}${p.opening ? `; ${p.opening}` : ''}), поэтому отлить её в таком виде нельзя. Закройте сетку в 3D-редакторе и загрузите модель снова.`,
    example: {
      edges: 42,
      opening: { key: 'printability.largest-opening', params: { openings: 3, point: POINT_EXAMPLE } },
    },
  }),
  /** Where to look first: the number of openings traced and the centre of the largest. */
  'printability.largest-opening': entry({
    en: (p: { openings: number; point: string }) =>
      `${p.openings === 1 ? 'one opening' : `${p.openings} openings`}, the largest around ${p.point}`,
    ru: (p) =>
      `${p.openings === 1 ? 'одно отверстие' : `${sayCount('ru', p.openings)} ${plural('ru', p.openings, OPENINGS_RU)}`}, наибольшее — около точки ${p.point}`,
    example: { openings: 3, point: POINT_EXAMPLE },
  }),

  // Castability: the verdict in one alloy and what was found (castability/judge-castability.ts).
  'castability.castable': entry({
    en: (p: { alloy: string }) => `Castable in ${p.alloy}.`,
    ru: (p) => `Можно отлить из сплава ${p.alloy}.`,
    example: { alloy: 'Sterling silver 925' },
  }),
  'castability.castable-with-risk': entry({
    en: (p: { alloy: string; finding: string }) => `Castable in ${p.alloy}, with a risk: ${p.finding}`,
    ru: (p) => `Можно отлить из сплава ${p.alloy}, но с риском: ${p.finding}`,
    example: { alloy: 'Sterling silver 925', finding: THIN_WALL_EXAMPLE },
  }),
  'castability.not-castable-in': entry({
    en: (p: { alloy: string; finding: string }) => `Not castable in ${p.alloy}: ${p.finding}`,
    ru: (p) => `Из сплава ${p.alloy} отлить нельзя: ${p.finding}`,
    example: { alloy: 'Sterling silver 925', finding: THIN_WALL_EXAMPLE },
  }),
  'castability.point': entry({
    en: (p: { x: number; y: number; z: number }) =>
      `x ${p.x.toFixed(1)}, y ${p.y.toFixed(1)}, z ${p.z.toFixed(1)} mm`,
    ru: (p) => `x ${fixedRu(p.x, 1)}, y ${fixedRu(p.y, 1)}, z ${fixedRu(p.z, 1)} мм`,
    example: { x: 8.9, y: -0.3, z: 1.5 },
  }),
  'castability.finding.open': entry({
    en: (p: { edges: number }) =>
      `The mesh is open (${p.edges} open or shared edges); close it in your 3D tool.`,
    ru: (p) =>
      `Сетка не замкнута (${p.edges} ${plural('ru', p.edges, EDGES_RU)}); закройте её в 3D-редакторе.`,
    example: { edges: 42 },
  }),
  'castability.finding.hole': entry({
    en: (p: { lengthMm: number; point: string }) =>
      `A hole (${p.lengthMm.toFixed(1)} mm around) at ${p.point}; close it in your 3D tool.`,
    ru: (p) =>
      `Отверстие (по периметру ${fixedRu(p.lengthMm, 1)} мм) в точке ${p.point}; закройте его в 3D-редакторе.`,
    example: { lengthMm: 3.2, point: POINT_EXAMPLE },
  }),
  'castability.finding.seam': entry({
    en: (p: { lengthMm: number; point: string }) =>
      `A seam where more than two faces meet (${p.lengthMm.toFixed(1)} mm around) at ${p.point}; close it in your 3D tool.`,
    ru: (p) =>
      `Шов, где сходятся больше двух граней (по периметру ${fixedRu(p.lengthMm, 1)} мм), в точке ${p.point}; исправьте его в 3D-редакторе.`,
    example: { lengthMm: 3.2, point: POINT_EXAMPLE },
  }),
  'castability.finding.too-small': entry({
    en: (p: { volumeMm3: number }) => `Its volume (${p.volumeMm3.toFixed(2)} mm³) is too small to cast.`,
    ru: (p) => `Объём (${fixedRu(p.volumeMm3, 2)} мм³) слишком мал для литья.`,
    example: { volumeMm3: 2.5 },
  }),
  'castability.finding.too-large': entry({
    en: (p: { measuredMm: number; alloy: string; limitMm: number }) =>
      `At ${p.measuredMm.toFixed(1)} mm it does not fit our flask for ${p.alloy} (${mmEn(p.limitMm)} at most); check that the model is in millimetres, or scale it down.`,
    ru: (p) =>
      `Изделие размером ${fixedRu(p.measuredMm, 1)} мм не помещается в нашу опоку для сплава ${p.alloy} (не больше ${mmRu(p.limitMm)}); проверьте, что модель в миллиметрах, или уменьшите её.`,
    example: { measuredMm: 112.4, alloy: 'Sterling silver 925', limitMm: 90 },
  }),
  'castability.finding.thin-across': entry({
    en: (p: { measuredMm: number; alloy: string; limitMm: number }) =>
      `At ${p.measuredMm.toFixed(2)} mm across it is thinner than the ${mmEn(p.limitMm)} we cast ${p.alloy} from; check that the model is in millimetres.`,
    ru: (p) =>
      `При толщине ${fixedRu(p.measuredMm, 2)} мм изделие тоньше ${mmRu(p.limitMm)} — минимума, с которого мы льём ${p.alloy}; проверьте, что модель в миллиметрах.`,
    example: { measuredMm: 0.04, alloy: 'Sterling silver 925', limitMm: 0.8 },
  }),
  'castability.finding.thin-wall': entry({
    en: (p: { measuredMm: number; point: string; alloy: string; limitMm: number }) =>
      `The wall is ${p.measuredMm.toFixed(2)} mm thick at ${p.point}; we cast walls in ${p.alloy} from ${mmEn(p.limitMm)}.`,
    ru: (p) =>
      `Стенка толщиной ${fixedRu(p.measuredMm, 2)} мм в точке ${p.point}; стенки из сплава ${p.alloy} мы льём от ${mmRu(p.limitMm)}.`,
    example: { measuredMm: 0.62, point: POINT_EXAMPLE, alloy: 'Sterling silver 925', limitMm: 0.8 },
  }),
  'castability.finding.thin-wire': entry({
    en: (p: { measuredMm: number; point: string; alloy: string; limitMm: number }) =>
      `A wire or prong is ${p.measuredMm.toFixed(2)} mm thick at ${p.point}; we cast wires and prongs in ${p.alloy} from ${mmEn(p.limitMm)}.`,
    ru: (p) =>
      `Проволока или крапан толщиной ${fixedRu(p.measuredMm, 2)} мм в точке ${p.point}; проволоку и крапаны из сплава ${p.alloy} мы льём от ${mmRu(p.limitMm)}.`,
    example: { measuredMm: 0.45, point: POINT_EXAMPLE, alloy: 'Yellow gold 750 (18k)', limitMm: 0.6 },
  }),
  'castability.finding.thin-surface': entry({
    en: (p: { areaMm2: number; alloy: string; limitMm: number }) =>
      `About ${Math.round(p.areaMm2)} mm² of its surface is thinner than the ${mmEn(p.limitMm)} we cast ${p.alloy} from.`,
    ru: (p) =>
      `Около ${Math.round(p.areaMm2)} мм² поверхности тоньше ${mmRu(p.limitMm)} — минимума, с которого мы льём ${p.alloy}.`,
    example: { areaMm2: 140, alloy: 'Sterling silver 925', limitMm: 0.8 },
  }),
  'castability.finding.thickness-unknown': entry({
    // The reason is a `mesh.thickness.*` message; a verdict stored before those kept its English,
    // which the Russian says in Russian when it is a reason we know.
    en: (p: { reason: string }) =>
      `Thickness unknown: ${p.reason}. A jeweller will check the walls before casting.`,
    ru: (p) =>
      `Толщину стенок измерить не удалось: ${russianOfStoredReason(p.reason)}. Ювелир проверит стенки перед литьём.`,
    example: { reason: { key: 'mesh.thickness.too-detailed', params: { seconds: 20 } } },
  }),
  // A piece refused in its alloy, its verdict's summary said inside.
  'castability.refused': entry({
    en: (p: { model: string; summary: string }) => `${p.model}: ${p.summary}`,
    ru: (p) => `${p.model}: ${p.summary}`,
    example: {
      model: 'ring.stl',
      summary: {
        key: 'castability.not-castable-in',
        params: { alloy: 'Sterling silver 925', finding: THIN_WALL_EXAMPLE },
      },
    },
  }),
  'castability.risk-refused': entry({
    en: (p: { model: string; summary: string }) =>
      `${p.model}: ${p.summary} Accept the risk to order it in this alloy.`,
    ru: (p) => `${p.model}: ${p.summary} Чтобы заказать изделие в этом сплаве, примите риск.`,
    example: {
      model: 'ring.stl',
      summary: {
        key: 'castability.castable-with-risk',
        params: { alloy: 'Sterling silver 925', finding: THIN_WALL_EXAMPLE },
      },
    },
  }),
  // The same, for a verdict stored before its summary was kept as a message (the summary is English).
  'castability.not-castable': entry({
    en: (p: { model: string; summary: string }) => `${p.model}: ${p.summary}`,
    ru: (p) => `${p.model}: в этом сплаве изделие не отлить. ${p.summary}`,
    example: { model: 'ring.stl', summary: 'Not castable in Silver 925: the wall is 0.2 mm thick.' },
  }),
  'castability.risk-not-accepted': entry({
    en: (p: { model: string; summary: string }) =>
      `${p.model}: ${p.summary} Accept the risk to order it in this alloy.`,
    ru: (p) =>
      `${p.model}: литьё в этом сплаве рискованно. ${p.summary} Чтобы заказать изделие в этом сплаве, примите риск.`,
    example: { model: 'ring.stl', summary: 'Castable in Silver 925, with a risk: a thin prong.' },
  }),
  'storage.key-invalid': entry({
    en: (p: { key: string }) => `Invalid storage key: ${p.key}`,
    ru: (p) => `Недопустимый ключ хранилища: ${p.key}`,
    example: { key: '../etc/passwd' },
  }),

  'download.link-expired': entry({
    en: () => 'This download link is invalid or has expired. Open the order again for a new one.',
    ru: () =>
      'Ссылка на скачивание недействительна или устарела. Откройте заказ снова, чтобы получить новую.',
    example: {},
  }),

  // The title of the problem that answers a design the constructor's rules refuse.
  'design.cannot-be-made': entry({
    en: () => 'design cannot be made',
    ru: () => 'Такое изделие изготовить нельзя',
    example: {},
  }),

  // Requests the web app refuses before any use case reads them.
  'request.body-too-large': entry({
    en: (p: { limitBytes: number }) =>
      `The request body is larger than the ${sayBytes('en', p.limitBytes)} this address accepts.`,
    ru: (p) => `Тело запроса больше ${sayBytes('ru', p.limitBytes)}, а больше этот адрес не принимает.`,
    example: { limitBytes: 16_384 },
  }),
  'request.batch-too-large': entry({
    en: (p: { limit: number; calls: number }) =>
      `A batch carries at most ${p.limit} calls; this one has ${p.calls}.`,
    ru: (p) =>
      `В пакете может быть не больше ${sayCount('ru', p.limit)} ${plural('ru', p.limit, CALLS_AFTER_MORE_RU)}, а в этом — ${sayCount('ru', p.calls)}.`,
    example: { limit: 20, calls: 21 },
  }),

  // What any transport answers when something failed on our side (the cause stays in the log line).
  'server.internal-error': entry({
    en: (p: { requestId: string }) =>
      `Something went wrong on our side. Please try again${p.requestId ? `, and quote request id ${p.requestId} if it persists` : ''}.`,
    ru: (p) =>
      `Что-то пошло не так на нашей стороне. Попробуйте ещё раз${p.requestId ? `, а если ошибка повторится, сообщите идентификатор запроса ${p.requestId}` : ''}.`,
    example: { requestId: 'req-42' },
  }),

  'server.dependency-unreachable': entry({
    en: () => 'A service we depend on is not reachable. Retry in a few seconds.',
    ru: () => 'Служба, от которой мы зависим, недоступна. Повторите через несколько секунд.',
    example: {},
  }),
  // A web process asked for what another role serves (apps/web/src/server/process-role.ts).
  'server.partner-api-process': entry({
    en: () => 'This process serves the partner API (/api/v1), /api/health and /api/metrics only.',
    ru: () => 'Этот процесс обслуживает только партнёрский API (/api/v1), /api/health и /api/metrics.',
    example: {},
  }),
  'server.whole-site-process': entry({
    en: () => 'This process serves the whole site only.',
    ru: () => 'Этот процесс обслуживает весь сайт.',
    example: {},
  }),

  // Partners: API keys, webhooks, the partner API, the sandbox.
  'partner.keys-staff-only': entry({
    en: () => 'Only sellers and admins manage API keys.',
    ru: () => 'API-ключами управляют только продавцы и администраторы.',
    example: {},
  }),
  'api-key.not-found': entry({
    en: () => 'No such API key.',
    ru: () => 'Такого API-ключа нет.',
    example: {},
  }),
  'api-key.missing': entry({
    en: () => 'Send your API key as "Authorization: Bearer fct_live_…".',
    ru: () => 'Передайте API-ключ в заголовке "Authorization: Bearer fct_live_…".',
    example: {},
  }),
  'api-key.malformed': entry({
    en: () =>
      'That is not a Facet API key: send "Authorization: Bearer fct_live_" followed by 32 letters and digits.',
    ru: () =>
      'Это не API-ключ Facet: передайте "Authorization: Bearer fct_live_", а за ним 32 буквы и цифры.',
    example: {},
  }),
  'api-key.unknown': entry({
    en: () => 'This API key is not known. Check that it was copied whole.',
    ru: () => 'Такой API-ключ неизвестен. Проверьте, что он скопирован целиком.',
    example: {},
  }),
  'api-key.revoked': entry({
    en: (p: { at: string }) => `This API key was revoked on ${p.at}. Ask the workshop for a new one.`,
    ru: (p) => `Этот API-ключ отозван ${p.at}. Попросите у мастерской новый.`,
    example: { at: '2026-03-01T09:30:00.000Z' },
  }),
  'api.version-unknown': entry({
    en: (p: { header: string; asked: string; known: string }) =>
      `${p.header}: ${p.asked} is not a version of this API. Known versions: ${p.known}.`,
    ru: (p) => `${p.header}: ${p.asked} — не версия этого API. Известные версии: ${p.known}.`,
    example: { header: 'Facet-Version', asked: '2024-01-01', known: '2025-06-01, 2026-02-01' },
  }),
  'api.version-malformed': entry({
    en: (p: { header: string; current: string; known: string }) =>
      `${p.header} must be a version date like ${p.current}. Known versions: ${p.known}.`,
    ru: (p) => `${p.header} должен быть датой версии, например ${p.current}. Известные версии: ${p.known}.`,
    example: { header: 'Facet-Version', current: '2026-02-01', known: '2025-06-01, 2026-02-01' },
  }),
  'api.alloy-unknown': entry({
    en: (p: { code: string }) => `Unknown alloy "${p.code}". GET /materials lists them.`,
    ru: (p) => `Неизвестный сплав «${p.code}». Список сплавов — GET /materials.`,
    example: { code: 'AU999' },
  }),
  'api.external-ref-taken': entry({
    en: (p: { ref: string }) =>
      `You already have an order with externalRef "${p.ref}". Fetch it with GET /orders?external_ref=… or use another reference.`,
    ru: (p) =>
      `У вас уже есть заказ с externalRef «${p.ref}». Получите его через GET /orders?external_ref=… или укажите другую ссылку.`,
    example: { ref: 'PO-2026-0042' },
  }),
  'api.idempotency-key-in-use': entry({
    en: (p: { key: string }) =>
      `A request with the Idempotency-Key "${p.key}" is still being processed. Retry in a moment to get its response.`,
    ru: (p) =>
      `Запрос с Idempotency-Key «${p.key}» ещё выполняется. Повторите его чуть позже, чтобы получить ответ.`,
    example: { key: 'order-42' },
  }),
  'api.idempotency-key-reused': entry({
    en: (p: { key: string; method: string; path: string }) =>
      `The Idempotency-Key "${p.key}" was first used for another request (${p.method} ${p.path} with other content). Use a new key for a new request.`,
    ru: (p) =>
      `Idempotency-Key «${p.key}» уже использован для другого запроса (${p.method} ${p.path} с другим содержимым). Для нового запроса возьмите новый ключ.`,
    example: { key: 'order-42', method: 'POST', path: '/api/v1/orders' },
  }),
  'api.orders-partners-only': entry({
    en: () => 'Only partners list their orders here.',
    ru: () => 'Здесь свои заказы смотрят только партнёры.',
    example: {},
  }),
  'api.orders-cursor-invalid': entry({
    en: () =>
      'This cursor is not valid for this listing: pass back nextCursor unchanged, with the same filters.',
    ru: () => 'Этот курсор не подходит к списку: передайте nextCursor без изменений и с теми же фильтрами.',
    example: {},
  }),
  'api.log-cursor-invalid': entry({
    en: () => 'That cursor is not one this list gave out.',
    ru: () => 'Этот курсор выдан не этим списком.',
    example: {},
  }),
  // The partner API wrapper's own refusals (apps/web/src/server/partner-api), before any use case.
  'api.body-not-json-type': entry({
    en: (p: { got: string }) =>
      `Send the body as JSON with "Content-Type: application/json"${p.got ? ` (got "${p.got}")` : ''}.`,
    ru: (p) =>
      `Передайте тело запроса в формате JSON с заголовком "Content-Type: application/json"${p.got ? `, а не "${p.got}"` : ''}.`,
    example: { got: 'text/plain' },
  }),
  'api.body-empty': entry({
    en: () => 'The body is empty; send a JSON object.',
    ru: () => 'Тело запроса пустое; передайте JSON-объект.',
    example: {},
  }),
  'api.body-not-json': entry({
    en: (p: { reason: string }) => `The body is not valid JSON: ${p.reason}`,
    ru: () => 'Тело запроса — некорректный JSON.',
    example: { reason: 'Unexpected token } in JSON at position 12' },
  }),
  'api.request-not-schema': entry({
    en: (p: { part: string }) =>
      `The request ${p.part === 'body' ? 'body does' : p.part ? `${p.part} parameters do` : 'does'} not match the documented schema.`,
    ru: (p) =>
      `${p.part === 'body' ? 'Тело запроса не соответствует' : p.part === 'query' ? 'Параметры строки запроса (query) не соответствуют' : p.part ? `Параметры пути (${p.part}) не соответствуют` : 'Запрос не соответствует'} описанной схеме.`,
    example: { part: 'query' },
  }),
  'api.field-refused': entry({
    en: (p: { message: string }) => p.message,
    ru: (p) => sayFieldMessage(p.message, 'ru') ?? p.message,
    example: { message: 'An Idempotency-Key is printable ASCII without spaces (a UUID is ideal).' },
  }),
  'api.idempotency-key-missing': entry({
    en: () =>
      'This operation needs an "Idempotency-Key" header: a unique value per order you place (a UUID is ideal). Send the same key when you retry.',
    ru: () =>
      'Этой операции нужен заголовок "Idempotency-Key": своё уникальное значение для каждого размещаемого заказа (лучше всего — UUID). При повторе запроса передайте тот же ключ.',
    example: {},
  }),
  'api.upload-type-unsupported': entry({
    en: (p: { got: string }) =>
      `Send the model as the raw body ("Content-Type: application/octet-stream") or as multipart/form-data with a "file" field${p.got ? ` (got "${p.got}")` : ''}.`,
    ru: (p) =>
      `Передайте модель телом запроса ("Content-Type: application/octet-stream") или как multipart/form-data с полем «file»${p.got ? `, а не "${p.got}"` : ''}.`,
    example: { got: 'application/json' },
  }),
  'api.content-disposition-unreadable': entry({
    en: () => 'The Content-Disposition header could not be read.',
    ru: () => 'Не удалось прочитать заголовок Content-Disposition.',
    example: {},
  }),
  'api.multipart-unreadable': entry({
    en: (p: { reason: string }) => `The multipart body could not be read: ${p.reason}`,
    ru: () => 'Не удалось прочитать тело multipart/form-data.',
    example: { reason: 'Unexpected end of form' },
  }),
  'api.method-not-allowed': entry({
    en: (p: { path: string; method: string; allowed: string }) =>
      `${p.path} does not take ${p.method}; it takes ${p.allowed}.`,
    ru: (p) => `${p.path} не принимает метод ${p.method}; допустимые методы: ${p.allowed}.`,
    example: { path: '/api/v1/orders', method: 'DELETE', allowed: 'GET, POST' },
  }),
  'api.no-such-operation': entry({
    en: (p: { method: string; path: string }) =>
      `There is no ${p.method} ${p.path} in the partner API; see /api/v1/openapi.json.`,
    ru: (p) => `В партнёрском API нет ${p.method} ${p.path}; все операции описаны в /api/v1/openapi.json.`,
    example: { method: 'GET', path: '/api/v1/invoices' },
  }),
  'api-key.scope-missing': entry({
    en: (p: { scope: string; scopes: string }) =>
      `This key lacks the "${p.scope}" scope. Its scopes: ${p.scopes || 'none'}.`,
    ru: (p) =>
      `У этого ключа нет права «${p.scope}». ${p.scopes ? `Права ключа: ${p.scopes}.` : 'Других прав у ключа тоже нет.'}`,
    example: { scope: 'orders:write', scopes: 'orders:read, models:read' },
  }),
  'api.rate-limited': entry({
    en: (p: { requests: number; windowS: number; tier: string; retryAfterS: number }) =>
      `This key may make ${p.requests} requests per ${p.windowS} s (tier "${p.tier}"). Retry in ${p.retryAfterS} s.`,
    ru: (p) =>
      `Лимит этого ключа — ${sayNumber('ru', p.requests)} ${plural('ru', p.requests, REQUESTS_RU)} за ${sayNumber('ru', p.windowS)} с (уровень «${p.tier}»). Повторите через ${sayNumber('ru', p.retryAfterS)} с.`,
    example: { requests: 100, windowS: 60, tier: 'standard', retryAfterS: 12 },
  }),
  'api.rate-limiter-down': entry({
    en: () =>
      'Rate limiting is unavailable right now, so we cannot take the request. Retry in a few seconds.',
    ru: () =>
      'Учёт частоты запросов сейчас недоступен, поэтому принять запрос мы не можем. Повторите через несколько секунд.',
    example: {},
  }),
  'webhook.endpoint-not-found': entry({
    en: () => 'No such webhook endpoint.',
    ru: () => 'Такого адреса для вебхуков нет.',
    example: {},
  }),
  'webhook.delivery-not-found': entry({
    en: () => 'No such webhook delivery.',
    ru: () => 'Такой доставки вебхука нет.',
    example: {},
  }),
  'webhook.too-many-endpoints': entry({
    en: (p: { max: number }) => `A partner has at most ${p.max} webhook endpoints.`,
    ru: (p) =>
      `У партнёра может быть не больше ${p.max} ${plural('ru', p.max, { one: 'адреса', few: 'адресов', many: 'адресов', other: 'адреса' })} для вебхуков.`,
    example: { max: 10 },
  }),
  'webhook.test-endpoint-disabled': entry({
    en: () => 'This endpoint is disabled; re-enable it before testing it.',
    ru: () => 'Этот адрес отключён; включите его снова, прежде чем проверять.',
    example: {},
  }),
  'webhook.replay-endpoint-disabled': entry({
    en: (p: { reason: string }) => `The endpoint is disabled (${p.reason}); re-enable it before replaying.`,
    ru: (p) => `Адрес отключён (${p.reason}); включите его снова, прежде чем повторять доставку.`,
    example: { reason: 'failed for 3 days' },
  }),
  'webhook.replay-endpoint-disabled-unexplained': entry({
    en: () => 'The endpoint is disabled (no reason given); re-enable it before replaying.',
    ru: () => 'Адрес отключён (причина не указана); включите его снова, прежде чем повторять доставку.',
    example: {},
  }),
  'webhook.target-not-public': entry({
    en: (p: { host: string; address: string; rule: string }) =>
      `Webhooks cannot go to ${p.host === p.address ? p.host : `${p.host} (it resolves to ${p.address})`}: that is ${p.rule}. Webhooks only go to public addresses; for a receiver inside your own network, ask the workshop to allow its network.`,
    ru: (p) =>
      `Вебхуки нельзя отправлять на ${p.host === p.address ? p.host : `${p.host} (это имя указывает на ${p.address})`}: это ${webhookRuleRu(p.rule)}. Вебхуки уходят только на публичные адреса; если получатель в вашей собственной сети, попросите мастерскую разрешить эту сеть.`,
    example: { host: 'hooks.example', address: '10.0.0.5', rule: 'a private network address (RFC 1918)' },
  }),
  // Why an admin's entry may not go on the webhook network list (partners/webhook-allow-list.ts), the
  // entry quoted as typed; the first is also the operator's WEBHOOK_ALLOWED_NETWORKS complaint.
  'webhook.network-unreadable': entry({
    en: (p: { entry: string }) => `"${p.entry}" is not an address or a CIDR network (e.g. 10.20.0.0/16)`,
    ru: (p) => `«${p.entry}» — не адрес и не сеть в записи CIDR (например, 10.20.0.0/16)`,
    example: { entry: '10.1.2.0/33' },
  }),
  'webhook.network-too-wide': entry({
    en: (p: { entry: string; minBits: number }) =>
      `${p.entry} is wider than /${p.minBits}: allow the networks your receivers are in.`,
    ru: (p) =>
      `Сеть ${p.entry} шире /${p.minBits}: разрешите только те сети, в которых находятся ваши получатели вебхуков.`,
    example: { entry: '10.0.0.0/4', minBits: 8 },
  }),
  'webhook.network-public': entry({
    en: (p: { entry: string }) => `${p.entry} is public: public addresses are always allowed.`,
    ru: (p) =>
      `${p.entry} находится в публичном интернете, а публичные адреса разрешены всегда: вносить их в список не нужно.`,
    example: { entry: '8.8.8.0/24' },
  }),
  'webhook.network-link-local': entry({
    en: (p: { entry: string }) =>
      `${p.entry} is link-local, where cloud metadata services answer: it cannot be allowed.`,
    ru: (p) =>
      `${p.entry} находится в диапазоне link-local, где отвечают службы метаданных облаков: такие адреса разрешать нельзя.`,
    example: { entry: '169.254.0.0/16' },
  }),
  'sandbox.live-key': entry({
    en: () =>
      'Only a test key (fct_test_…) can move an order on by hand; live orders move as the workshop makes them.',
    ru: () =>
      'Вручную продвинуть заказ может только тестовый ключ (fct_test_…); настоящие заказы продвигаются по мере того, как мастерская их изготавливает.',
    example: {},
  }),
  'sandbox.awaiting-price': entry({
    en: () =>
      'This order is waiting for its price, which the workshop gives it from its models within seconds; then it can be moved on.',
    ru: () =>
      'Заказ ждёт цену: мастерская рассчитает её по моделям за несколько секунд, после этого заказ можно продвинуть.',
    example: {},
  }),
  'sandbox.no-next-step': entry({
    en: (p: { status: string }) => `An order at ${p.status} has no next step in the sandbox.`,
    ru: (p) => `У заказа в статусе ${statusRu(p.status)} в песочнице нет следующего шага.`,
    example: { status: 'CLOSED' },
  }),

  // Why an order moved, as its timeline says it (the event's reason; the status's reason too).
  'timeline.cart-emptied': entry({
    en: () => 'Emptied the cart.',
    ru: () => 'Корзина очищена.',
    example: {},
  }),
  'timeline.approved-by-partner-rule': entry({
    en: (p: { partner: string }) => `Every priced order of ${p.partner} is approved.`,
    ru: (p) => `Каждый рассчитанный заказ партнёра ${p.partner} одобряется автоматически.`,
    example: { partner: 'Yakutia Gold' },
  }),
  'timeline.approved-by-partner-rule-unnamed': entry({
    en: () => 'Every priced order of this partner is approved.',
    ru: () => 'Каждый рассчитанный заказ этого партнёра одобряется автоматически.',
    example: {},
  }),
  'timeline.approved-below-price': entry({
    en: (p: { cents: number; currency: string }) =>
      `Orders of at most ${(p.cents / 100).toLocaleString('en-IE', { style: 'currency', currency: p.currency })} are approved.`,
    ru: (p) => `Заказы на сумму не больше ${sayMoney('ru', p.cents, p.currency)} одобряются автоматически.`,
    example: { cents: 50_000, currency: 'EUR' },
  }),
  /** Several sentences one after another: each piece's problem, each risk accepted. */
  'timeline.items': entry({
    en: (p: { items: string }) => p.items,
    ru: (p) => p.items,
    example: {
      items: [
        { key: 'timeline.item-unreadable', params: { model: 'ring.stl' } },
        {
          key: 'timeline.item',
          params: { model: 'bail.stl', text: { key: 'mesh.stl.no-triangles', params: {} } },
        },
      ],
    },
  }),
  'timeline.item': entry({
    en: (p: { model: string; text: string }) => `${p.model}: ${p.text}`,
    ru: (p) => `${p.model}: ${p.text}`,
    example: { model: 'ring.stl', text: { key: 'mesh.stl.no-triangles', params: {} } },
  }),
  'timeline.item-unreadable': entry({
    en: (p: { model: string }) => `${p.model}: the file could not be read.`,
    ru: (p) => `${p.model}: файл не удалось прочитать.`,
    example: { model: 'ring.stl' },
  }),
  'timeline.canary-arrived': entry({
    en: () => 'canary arrived',
    ru: () => 'контрольный заказ дошёл',
    example: {},
  }),
  'timeline.on-tree': entry({
    en: (p: { flask: number }) => `On the tree on flask ${p.flask}`,
    ru: (p) => `На ёлке в опоке ${p.flask}`,
    example: { flask: 12 },
  }),
  'timeline.cast-in-tree': entry({
    en: (p: { flask: number }) => `Cast in the tree on flask ${p.flask}`,
    ru: (p) => `Отлит на ёлке в опоке ${p.flask}`,
    example: { flask: 12 },
  }),
  'timeline.taken-off-tree': entry({
    en: (p: { flask: number; actor: string }) => `Taken off the tree on flask ${p.flask} by ${p.actor}`,
    ru: (p) => `${p.actor} снял(а) заказ с ёлки в опоке ${p.flask}`,
    example: { flask: 12, actor: 'Olga Brandt' },
  }),
  /** Who, and why: a line of the flight recorder. */
  'timeline.by': entry({
    en: (p: { actor: string; reason: string }) => `${p.actor} — ${p.reason}`,
    ru: (p) => `${p.actor} — ${p.reason}`,
    example: { actor: 'Pricing', reason: { key: 'timeline.cart-emptied', params: {} } },
  }),
  'timeline.sla-breached': entry({
    en: (p: { status: string; limitS: number }) =>
      `Stuck in ${STATUS_LABEL[p.status as OrderStatus] ?? p.status} longer than ${sayLimit('en', p.limitS)}`,
    ru: (p) => `Заказ задержался в статусе ${statusRu(p.status)} дольше ${sayLimit('ru', p.limitS)}`,
    example: { status: 'PRICE_CALCULATED', limitS: 172_800 },
  }),

  // The flight recorder's lines (orders/get-order-flight-record.ts): what happened, and the workings.
  'flight.created': entry({
    en: (p: { status: string; version: number }) =>
      `Created: ${STATUS_LABEL[p.status as OrderStatus] ?? '—'} (v${p.version})`,
    ru: (p) => `Создан: ${STATUS_RU[p.status] ?? '—'} (v${p.version})`,
    example: { status: 'SUBMITTED', version: 1 },
  }),
  'flight.status': entry({
    en: (p: { status: string; version: number }) =>
      `Status: ${STATUS_LABEL[p.status as OrderStatus] ?? '—'} (v${p.version})`,
    ru: (p) => `Статус: ${STATUS_RU[p.status] ?? '—'} (v${p.version})`,
    example: { status: 'PRICE_CALCULATED', version: 3 },
  }),
  'flight.sla-breached': entry({
    en: (p: { version: number }) => `Flagged past its time limit (v${p.version})`,
    ru: (p) => `Отмечен: вышел срок в статусе (v${p.version})`,
    example: { version: 4 },
  }),
  'flight.tree-joined': entry({
    en: (p: { version: number }) => `Put on casting tree (v${p.version})`,
    ru: (p) => `Поставлен на ёлку (v${p.version})`,
    example: { version: 6 },
  }),
  'flight.tree-left': entry({
    en: (p: { version: number }) => `Taken off casting tree (v${p.version})`,
    ru: (p) => `Снят с ёлки (v${p.version})`,
    example: { version: 7 },
  }),
  /** Any other event, by its type: named in Russian where the workshop knows it, else by its code. */
  'flight.event': entry({
    en: (p: { type: string; version: number }) => `${p.type.replaceAll('_', ' ')} (v${p.version})`,
    ru: (p) => `${EVENT_TYPE_RU[p.type] ?? p.type.replaceAll('_', ' ')} (v${p.version})`,
    example: { type: 'item_added', version: 2 },
  }),
  'flight.job': entry({
    en: (p: { queue: string; attempt: number }) => `Job ${p.queue} · attempt ${p.attempt}`,
    ru: (p) => `Задача ${p.queue} · попытка ${p.attempt}`,
    example: { queue: 'pricing', attempt: 2 },
  }),
  'flight.job-took': entry({
    en: (p: { jobId: string; ms: number }) => `${p.jobId} · ${p.ms} ms`,
    ru: (p) => `${p.jobId} · ${sayCount('ru', p.ms)} мс`,
    example: { jobId: 'pricing:0190a8c2', ms: 48 },
  }),
  'flight.webhook-attempt': entry({
    en: (p: { attempt: number; target: string }) => `Webhook attempt ${p.attempt}: ${p.target}`,
    ru: (p) => `Попытка доставки вебхука ${p.attempt}: ${p.target}`,
    example: { attempt: 1, target: 'order.status_changed → https://partner.example/hooks' },
  }),
  'flight.webhook-answered': entry({
    en: (p: { status: number; ms: number }) => `HTTP ${p.status} in ${p.ms} ms`,
    ru: (p) => `HTTP ${p.status} за ${sayCount('ru', p.ms)} мс`,
    example: { status: 200, ms: 85 },
  }),

  // Why an order left its casting tree, and the tree's own timeline (casting/*).
  'tree.removed.cancelled': entry({
    en: (p: { actor: string; why: string }) => `Cancelled by ${p.actor}${whyEn(p.why)}`,
    ru: (p) => `${p.actor} отменил(а) заказ${whyRu(p.why)}`,
    example: { actor: 'Sam Moreau', why: 'Client withdrew' },
  }),
  'tree.removed.released': entry({
    en: (p: { actor: string; why: string }) => `Released to the pool by ${p.actor}${whyEn(p.why)}`,
    ru: (p) => `${p.actor} вернул(а) заказ в пул${whyRu(p.why)}`,
    example: { actor: 'Olga Brandt', why: 'Wrong size' },
  }),
  'tree.event.built': entry({
    en: (p: { flask: number; alloy: string }) => `Tree started on flask ${p.flask} for ${p.alloy}`,
    ru: (p) => `Ёлка начата в опоке ${p.flask} для сплава ${p.alloy}`,
    example: { flask: 12, alloy: 'Sterling silver 925' },
  }),
  'tree.event.order-added': entry({
    en: (p: { number: string }) => `${p.number} put on the tree`,
    ru: (p) => `${p.number} поставлен на ёлку`,
    example: { number: 'FCT-001042' },
  }),
  'tree.event.order-removed': entry({
    en: (p: { number: string }) => `${p.number} taken off the tree; weigh the wax again before casting.`,
    ru: (p) => `${p.number} снят с ёлки; перед литьём взвесьте воск заново.`,
    example: { number: 'FCT-001042' },
  }),
  'tree.event.order-cancelled': entry({
    en: (p: { number: string; actor: string; why: string }) =>
      `${p.number} was cancelled by ${p.actor}${whyEn(p.why)} and is off the tree; weigh the wax again before casting.`,
    ru: (p) =>
      `${p.actor} отменил(а) ${p.number}${whyRu(p.why)}, заказ снят с ёлки; перед литьём взвесьте воск заново.`,
    example: { number: 'FCT-001042', actor: 'Sam Moreau', why: 'Client withdrew' },
  }),
  'tree.event.order-released': entry({
    en: (p: { number: string; actor: string; why: string }) =>
      `${p.number} was released to the pool by ${p.actor}${whyEn(p.why)} and is off the tree; weigh the wax again before casting.`,
    ru: (p) =>
      `${p.actor} вернул(а) ${p.number} в пул${whyRu(p.why)}, заказ снят с ёлки; перед литьём взвесьте воск заново.`,
    example: { number: 'FCT-001042', actor: 'Olga Brandt', why: 'Wrong size' },
  }),
  'tree.event.cancelled-after-cast': entry({
    en: (p: { number: string; actor: string; why: string }) =>
      `${p.number} was cancelled by ${p.actor} after casting${whyEn(p.why)}: its metal stays in this tree’s accounts.`,
    ru: (p) =>
      `${p.actor} отменил(а) ${p.number} после литья${whyRu(p.why)}: его металл остаётся в учёте этой ёлки.`,
    example: { number: 'FCT-001042', actor: 'Sam Moreau', why: 'Client withdrew' },
  }),
  'tree.event.wax-weighed': entry({
    en: (p: { waxG: number; toIssueG: number; ratio: number; sprueG: number }) =>
      `Wax weighed: ${sayGrams('en', p.waxG)} → ${sayGrams('en', p.toIssueG)} of metal to issue (× ${p.ratio} + ${sayGrams('en', p.sprueG)} sprue allowance)`,
    ru: (p) =>
      `Воск взвешен: ${sayGrams('ru', p.waxG)} → ${sayGrams('ru', p.toIssueG)} металла к выдаче (× ${sayNumber('ru', p.ratio)} + ${sayGrams('ru', p.sprueG)} на литники)`,
    example: { waxG: 12.5, toIssueG: 149.5, ratio: 10.36, sprueG: 20 },
  }),
  'tree.event.cast': entry({
    en: (p: {
      issuedG: number;
      returnedG: number;
      piecesG: number;
      buttonG: number;
      scrapG: number;
      lossG: number;
      lossPct: number;
      orders: number;
    }) =>
      `Cast: ${sayGrams('en', p.issuedG)} issued, ${sayGrams('en', p.returnedG)} returned (pieces ${sayGrams('en', p.piecesG)}, button ${sayGrams('en', p.buttonG)}, scrap ${sayGrams('en', p.scrapG)}), ${sayGrams('en', p.lossG)} lost (${p.lossPct} %); ${p.orders} ${p.orders === 1 ? 'order' : 'orders'} moved on`,
    ru: (p) =>
      `Отлито: выдано ${sayGrams('ru', p.issuedG)}, возвращено ${sayGrams('ru', p.returnedG)} (изделия ${sayGrams('ru', p.piecesG)}, литник ${sayGrams('ru', p.buttonG)}, лом ${sayGrams('ru', p.scrapG)}), потери ${sayGrams('ru', p.lossG)} (${sayNumber('ru', p.lossPct)} %); дальше ${plural('ru', p.orders, { one: 'переведён', few: 'переведены', many: 'переведено', other: 'переведено' })} ${p.orders} ${plural('ru', p.orders, { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' })}`,
    example: {
      issuedG: 149.5,
      returnedG: 146.25,
      piecesG: 61.5,
      buttonG: 80.75,
      scrapG: 4,
      lossG: 3.25,
      lossPct: 2.17,
      orders: 3,
    },
  }),

  // The parsers' refusals of a model file (keys, params and English in @facet/mesh).
  ...MESH_MESSAGE_ENTRIES,

  // Why a model's wall could not be measured (codes, params and English in @facet/mesh/analysis).
  ...THICKNESS_REASON_ENTRIES,

  // The constructor's problems with a design (keys, params and English in @facet/mesh/parts).
  ...DESIGN_MESSAGE_ENTRIES,
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
  return say(message, locale);
}

type AnyTemplate = (params: Record<string, unknown>) => string;
const TEMPLATES = DOMAIN_MESSAGES as unknown as Record<string, Record<Locale, AnyTemplate>>;

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    typeof (value as { params?: unknown }).params === 'object' &&
    (value as { params?: unknown }).params !== null
  );
}

function isMessageList(value: unknown): value is LocalizedMessage[] {
  return Array.isArray(value) && value.every(isLocalizedMessage);
}

/** The message in `locale`, every message among its params said first (a list, one after another). */
function say(message: LocalizedMessage, locale: Locale): string {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params)) {
    params[name] = isLocalizedMessage(value)
      ? say(value, locale)
      : isMessageList(value)
        ? value.map((item) => say(item, locale)).join(' ')
        : value;
  }
  const templates = TEMPLATES[message.key];
  if (!templates) throw new Error(`No catalogue message ${message.key}`);
  return templates[locale](params);
}

/** Whether a stored value is a message of this catalogue, and so are the messages among its params. */
export function isKnownMessage(value: unknown): value is DomainMessage {
  if (!isLocalizedMessage(value) || !Object.hasOwn(TEMPLATES, value.key)) return false;
  return Object.values(value.params).every((param) =>
    isLocalizedMessage(param) ? isKnownMessage(param) : !isMessageList(param) || param.every(isKnownMessage),
  );
}

/** A stored value as a message of this catalogue, or null (a row from before messages, or none at all). */
export function knownMessageOrNull(value: unknown): DomainMessage | null {
  return isKnownMessage(value) ? value : null;
}

/**
 * A stored message (a timeline event's, a model's rejection) in `locale`, or null when it is none the
 * catalogue knows, or none at all: the caller shows the text stored beside it.
 */
export function renderStoredMessage(message: unknown, locale: Locale): string | null {
  if (!isKnownMessage(message)) return null;
  try {
    return say(message, locale);
  } catch {
    // Params a template cannot read (a row written by another version): the stored text stands.
    return null;
  }
}
