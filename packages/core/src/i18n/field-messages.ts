import { STONE_CUTS } from '../pricing/stone-carats';
import { CARAT_BANDS } from '../pricing/stone-price-table';
import type { Locale } from './locale';

interface FieldMessage {
  en: string;
  ru: string;
}

/** The three things a weight in grams can get wrong when a tree is cast, for each weight. */
function castWeight(en: string, ruGenitive: string) {
  return {
    missing: { en: `Enter the ${en} in grams.`, ru: `Укажите вес ${ruGenitive} в граммах.` },
    negative: {
      en: `The ${en} cannot be negative.`,
      ru: `Вес ${ruGenitive} не может быть отрицательным.`,
    },
    tooHeavy: { en: `That ${en} is implausibly heavy.`, ru: `Вес ${ruGenitive} неправдоподобно велик.` },
  } satisfies Record<string, FieldMessage>;
}

const METAL_ISSUED = castWeight('metal issued', 'выданного металла');
const PIECES = castWeight('weight of the pieces', 'изделий');
const BUTTON = castWeight('button weight', 'литника');
const SCRAP = castWeight('scrap weight', 'лома');

/**
 * A schema's own words for a wrong field, in each language: a schema is written with the English
 * (`z.string().min(2, fieldMessage('client.name-short'))`), which stays the issue's message for logs,
 * programs and English readers; `localizeIssue` and the partner API say it in Russian from here.
 * Each English text names one entry (a test checks), so the Russian is found by it.
 */
export const FIELD_MESSAGES = {
  // Accounts.
  'account.name-short': {
    en: 'Tell us your name (at least 2 characters).',
    ru: 'Укажите имя (не короче 2 символов).',
  },
  'account.email-invalid': {
    en: 'That does not look like an email address.',
    ru: 'Это не похоже на адрес электронной почты.',
  },
  'account.password-short': { en: 'Use at least 10 characters.', ru: 'Не короче 10 символов.' },
  'account.password-long': { en: 'Use at most 200 characters.', ru: 'Не длиннее 200 символов.' },
  'admin.user-name-short': {
    en: 'Give the person a name (at least 2 characters).',
    ru: 'Укажите имя сотрудника (не короче 2 символов).',
  },
  'admin.role-missing': { en: 'Choose a role.', ru: 'Выберите роль.' },
  'admin.temporary-password-short': {
    en: 'A temporary password needs at least 12 characters.',
    ru: 'Временный пароль должен быть не короче 12 символов.',
  },

  // Alloys, stones and design rules (the admin's prices and limits).
  'alloy.density-missing': { en: 'Enter the density in g/cm³.', ru: 'Укажите плотность в г/см³.' },
  'alloy.density-low': {
    en: 'A density below 1 g/cm³ is not a metal.',
    ru: 'Металла с плотностью меньше 1 г/см³ не бывает.',
  },
  'alloy.density-high': {
    en: 'No metal is denser than 30 g/cm³.',
    ru: 'Металлов плотнее 30 г/см³ не бывает.',
  },
  'alloy.price-missing': { en: 'Enter a price per gram.', ru: 'Укажите цену за грамм.' },
  'alloy.price-zero': {
    en: 'The price per gram must be above zero.',
    ru: 'Цена за грамм должна быть больше нуля.',
  },
  'alloy.price-high': {
    en: 'That price per gram is implausibly high.',
    ru: 'Такая цена за грамм неправдоподобно высока.',
  },
  'alloy.loss-missing': { en: 'Enter the casting loss in %.', ru: 'Укажите потери при литье в %.' },
  'alloy.loss-negative': {
    en: 'Casting loss cannot be negative.',
    ru: 'Потери при литье не могут быть отрицательными.',
  },
  'alloy.loss-high': {
    en: 'Casting loss above 50 % is implausible.',
    ru: 'Потери при литье больше 50 % неправдоподобны.',
  },
  'alloy.wax-ratio-missing': { en: 'Enter the wax ratio.', ru: 'Укажите коэффициент металл/воск.' },
  'alloy.wax-ratio-low': {
    en: 'A ratio below 1 would make metal lighter than wax.',
    ru: 'При коэффициенте меньше 1 металл был бы легче воска.',
  },
  'alloy.wax-ratio-high': {
    en: 'No alloy is 30 times as heavy as wax.',
    ru: 'Ни один сплав не тяжелее воска в 30 раз.',
  },
  'alloy.sprue-missing': {
    en: 'Enter the sprue allowance in grams.',
    ru: 'Укажите припуск на литники в граммах.',
  },
  'alloy.sprue-negative': {
    en: 'The allowance cannot be negative.',
    ru: 'Припуск не может быть отрицательным.',
  },
  'alloy.sprue-high': {
    en: 'An allowance above 2 kg is implausible.',
    ru: 'Припуск больше 2 кг неправдоподобен.',
  },
  'stone.cut-unknown': {
    en: `The cut is one of ${STONE_CUTS.join(', ')}.`,
    ru: `Огранка — одна из: ${STONE_CUTS.join(', ')}.`,
  },
  'stone.carat-band-unknown': {
    en: `The carat band starts at one of ${CARAT_BANDS.join(', ')} ct.`,
    // A decimal comma in Russian, so the bands are kept apart by semicolons: 0; 0,25; 0,5; 1; 2.
    ru: `Диапазон начинается с одного из значений: ${CARAT_BANDS.map((band) => String(band).replace('.', ',')).join('; ')} кар.`,
  },
  'stone.price-missing': { en: 'Enter a price per carat.', ru: 'Укажите цену за карат.' },
  'stone.price-zero': {
    en: 'The price per carat must be above zero.',
    ru: 'Цена за карат должна быть больше нуля.',
  },
  'stone.price-high': {
    en: 'That price per carat is implausibly high.',
    ru: 'Такая цена за карат неправдоподобно высока.',
  },
  'design-rules.wall-missing': {
    en: 'Enter the minimum wall in mm.',
    ru: 'Укажите минимальную толщину стенки в мм.',
  },
  'design-rules.wall-thin': {
    en: 'A wall under 0.2 mm cannot be cast in any metal.',
    ru: 'Стенку тоньше 0,2 мм не отлить ни в одном металле.',
  },
  'design-rules.wall-thick': {
    en: 'A minimum wall above 5 mm would refuse almost every piece.',
    ru: 'С минимальной стенкой больше 5 мм не прошло бы почти ни одно изделие.',
  },
  'design-rules.wire-missing': {
    en: 'Enter the minimum wire or prong diameter in mm.',
    ru: 'Укажите минимальный диаметр проволоки или крапана в мм.',
  },
  'design-rules.wire-thin': {
    en: 'A wire under 0.2 mm cannot be cast in any metal.',
    ru: 'Проволоку тоньше 0,2 мм не отлить ни в одном металле.',
  },
  'design-rules.wire-thick': {
    en: 'A minimum wire above 5 mm would refuse almost every piece.',
    ru: 'С минимальной проволокой больше 5 мм не прошло бы почти ни одно изделие.',
  },
  'design-rules.detail-missing': {
    en: 'Enter the smallest raised or engraved detail in mm.',
    ru: 'Укажите самую мелкую выпуклую или гравированную деталь в мм.',
  },
  'design-rules.detail-fine': {
    en: 'Detail under 0.05 mm does not survive polishing.',
    ru: 'Детали мельче 0,05 мм не переживут полировку.',
  },
  'design-rules.detail-coarse': {
    en: 'A minimum detail above 3 mm is implausible.',
    ru: 'Минимальная деталь больше 3 мм неправдоподобна.',
  },
  'design-rules.piece-missing': {
    en: 'Enter the largest piece the flask holds, in mm.',
    ru: 'Укажите самое большое изделие, которое помещается в опоку, в мм.',
  },
  'design-rules.piece-small': {
    en: 'A flask that holds less than 10 mm holds no jewellery.',
    ru: 'В опоку меньше 10 мм не поместится ни одно украшение.',
  },
  'design-rules.piece-large': {
    en: 'No casting flask holds a piece over 500 mm.',
    ru: 'Изделие больше 500 мм не поместится ни в одну опоку.',
  },

  // Casting trees.
  'tree.flask-missing': { en: 'Enter the flask number.', ru: 'Укажите номер опоки.' },
  'tree.flask-whole': { en: 'A flask number is a whole number.', ru: 'Номер опоки — целое число.' },
  'tree.flask-low': { en: 'Flask numbers start at 1.', ru: 'Номера опок начинаются с 1.' },
  'tree.flask-high': { en: 'That flask number is too large.', ru: 'Слишком большой номер опоки.' },
  'tree.alloy-missing': { en: 'Choose the alloy.', ru: 'Выберите сплав.' },
  'tree.orders-missing': { en: 'Choose at least one order.', ru: 'Выберите хотя бы один заказ.' },
  'tree.wax-missing': { en: 'Enter the wax weight in grams.', ru: 'Укажите вес воска в граммах.' },
  'tree.wax-zero': { en: 'The wax weight must be above zero.', ru: 'Вес воска должен быть больше нуля.' },
  'tree.wax-heavy': {
    en: 'More than 5 kg of wax does not fit a flask.',
    ru: 'Больше 5 кг воска в опоку не поместится.',
  },
  'cast.metal-issued-missing': METAL_ISSUED.missing,
  'cast.metal-issued-negative': METAL_ISSUED.negative,
  'cast.metal-issued-heavy': METAL_ISSUED.tooHeavy,
  'cast.metal-issued-zero': {
    en: 'Some metal must be issued to cast.',
    ru: 'Для литья нужно выдать металл.',
  },
  'cast.pieces-missing': PIECES.missing,
  'cast.pieces-negative': PIECES.negative,
  'cast.pieces-heavy': PIECES.tooHeavy,
  'cast.button-missing': BUTTON.missing,
  'cast.button-negative': BUTTON.negative,
  'cast.button-heavy': BUTTON.tooHeavy,
  'cast.scrap-missing': SCRAP.missing,
  'cast.scrap-negative': SCRAP.negative,
  'cast.scrap-heavy': SCRAP.tooHeavy,
  'cast.more-returned-than-issued': {
    en: 'More metal came back than was issued: check the weights.',
    ru: 'Металла вернулось больше, чем выдали: проверьте вес.',
  },

  // The CRM: clients, orders, decisions, approval rules, reports.
  'client.name-short': {
    en: 'Give the client a name (at least 2 characters).',
    ru: 'Укажите имя клиента (не короче 2 символов).',
  },
  'client.phone-long': {
    en: 'A phone number has at most 40 characters.',
    ru: 'Номер телефона — не длиннее 40 символов.',
  },
  'client.phone-invalid': {
    en: 'Write the phone number with digits, e.g. +33 6 12 34 56 78.',
    ru: 'Запишите номер телефона цифрами, например +7 912 345-67-89.',
  },
  'client.company-name-long': {
    en: 'A company name has at most 160 characters.',
    ru: 'Название компании — не длиннее 160 символов.',
  },
  'client.reach-missing': {
    en: 'Give an email or a phone number.',
    ru: 'Укажите адрес электронной почты или телефон.',
  },
  'client.company-name-missing': {
    en: 'A company needs its registered name.',
    ru: 'Укажите официальное название компании.',
  },
  'client.contact-name-short': { en: 'Give the contact a name.', ru: 'Укажите имя контактного лица.' },
  'client.contact-role-long': {
    en: 'A role has at most 80 characters.',
    ru: 'Должность — не длиннее 80 символов.',
  },
  'note.empty': { en: 'Write something first.', ru: 'Сначала напишите что-нибудь.' },
  'note.client-long': {
    en: 'A note has at most 4,000 characters.',
    ru: 'Заметка — не длиннее 4000 символов.',
  },
  'note.production-long': {
    en: 'A note can be at most 2,000 characters.',
    ru: 'Заметка — не длиннее 2000 символов.',
  },
  'crm.order-models-missing': { en: 'Add at least one model.', ru: 'Добавьте хотя бы одну модель.' },
  'crm.partner-tier-unknown': {
    en: 'Choose standard, premium or enterprise.',
    ru: 'Выберите standard, premium или enterprise.',
  },
  'crm.decision-reason-short': {
    en: 'Say why in a few words: the client and the workshop will read it.',
    ru: 'Объясните причину в нескольких словах: её прочтут клиент и мастерская.',
  },
  'crm.decision-reason-long': {
    en: 'Keep the reason under 500 characters.',
    ru: 'Причина — не длиннее 500 символов.',
  },
  'crm.approval-partner-missing': { en: 'Choose a partner.', ru: 'Выберите партнёра.' },
  'crm.approval-limit-missing': { en: 'Enter an amount in euros.', ru: 'Укажите сумму в евро.' },
  'crm.approval-limit-low': {
    en: 'The limit must be at least €1.00.',
    ru: 'Лимит должен быть не меньше 1,00 €.',
  },
  'crm.approval-limit-high': {
    en: 'The limit can be at most €100,000.',
    ru: 'Лимит может быть не больше 100 000 €.',
  },
  'period.day-format': {
    en: 'A day is written YYYY-MM-DD.',
    ru: 'Дата записывается как ГГГГ-ММ-ДД.',
  },
  'period.day-unknown': { en: 'No such day.', ru: 'Такой даты нет.' },
  'period.end-before-start': {
    en: 'The end of the period is before its start.',
    ru: 'Конец периода раньше его начала.',
  },
  'period.end-date-before-start-date': {
    en: 'The end date is before the start date.',
    ru: 'Дата окончания раньше даты начала.',
  },
  'period.not-after-start': {
    en: 'The period must end after it starts.',
    ru: 'Период должен заканчиваться позже, чем начинается.',
  },
  'period.longer-than-year': {
    en: 'Choose a period of at most a year.',
    ru: 'Выберите период не длиннее года.',
  },
  'period.instant-out-of-range': {
    en: 'Give a date between 0001-01-01 and 9999-12-31.',
    ru: 'Укажите дату между 0001-01-01 и 9999-12-31.',
  },

  // Operators' pay.
  'pay.per-order-missing': { en: 'Enter the amount per order.', ru: 'Укажите сумму за заказ.' },
  'pay.per-order-negative': {
    en: 'The amount cannot be negative.',
    ru: 'Сумма не может быть отрицательной.',
  },
  'pay.per-order-high': {
    en: 'That amount per order is implausibly high.',
    ru: 'Такая сумма за заказ неправдоподобно велика.',
  },
  'pay.share-missing': { en: 'Enter the share in %.', ru: 'Укажите долю в %.' },
  'pay.share-negative': { en: 'The share cannot be negative.', ru: 'Доля не может быть отрицательной.' },
  'pay.share-high': { en: 'The share cannot be above 100 %.', ru: 'Доля не может быть больше 100 %.' },

  // Orders and quotes in the shop.
  'order.engraving-long': {
    en: 'Engraving can be at most 40 characters.',
    ru: 'Гравировка — не длиннее 40 символов.',
  },
  'order.items-missing': {
    en: 'An order needs at least one item.',
    ru: 'В заказе должно быть хотя бы одно изделие.',
  },
  'order.recipient-missing': { en: 'Who should we send it to?', ru: 'Кому отправить заказ?' },
  'order.street-missing': { en: 'Enter the street and number.', ru: 'Укажите улицу и дом.' },
  'order.postal-code-missing': { en: 'Enter the postal code.', ru: 'Укажите почтовый индекс.' },
  'order.city-missing': { en: 'Enter the city.', ru: 'Укажите город.' },
  'order.country-missing': { en: 'Enter the country.', ru: 'Укажите страну.' },
  'quote.scale-small': { en: 'Scale at least 50%.', ru: 'Масштаб — не меньше 50 %.' },
  'quote.scale-large': { en: 'Scale at most 200%.', ru: 'Масштаб — не больше 200 %.' },
  'quote.quantity-low': { en: 'At least one piece.', ru: 'Хотя бы одно изделие.' },
  'quote.quantity-high': {
    en: 'At most 100 pieces per order line.',
    ru: 'Не больше 100 изделий в одной позиции заказа.',
  },
  'quote.ring-size-small': {
    en: 'Ring sizes start at EU 40 (40 mm around inside).',
    ru: 'Размеры колец начинаются с Евр. 40 (40 мм по внутренней окружности).',
  },
  'quote.ring-size-large': {
    en: 'Ring sizes end at EU 76 (76 mm around inside).',
    ru: 'Размеры колец заканчиваются на Евр. 76 (76 мм по внутренней окружности).',
  },

  // Partners: keys, the API's own inputs, webhooks.
  'api-key.name-missing': {
    en: 'Give the key a name, e.g. "ERP production".',
    ru: 'Дайте ключу название, например «ERP production».',
  },
  'api-key.scopes-missing': {
    en: 'A key needs at least one scope.',
    ru: 'У ключа должно быть хотя бы одно право.',
  },
  'api.cancel-reason-short': {
    en: 'Say why the order is cancelled (at least 3 characters).',
    ru: 'Укажите причину отмены заказа (не короче 3 символов).',
  },
  'api.log-status-invalid': {
    en: 'Give a status such as 429 or a class such as 4xx.',
    ru: 'Укажите статус, например 429, или класс, например 4xx.',
  },
  'api.idempotency-key-empty': {
    en: 'The Idempotency-Key header is empty.',
    ru: 'Заголовок Idempotency-Key пуст.',
  },
  'api.idempotency-key-long': {
    en: 'An Idempotency-Key is at most 255 characters.',
    ru: 'Idempotency-Key — не длиннее 255 символов.',
  },
  'api.idempotency-key-invalid': {
    en: 'An Idempotency-Key is printable ASCII without spaces (a UUID is ideal).',
    ru: 'Idempotency-Key состоит из печатных символов ASCII без пробелов (лучше всего — UUID).',
  },
  'api.required': { en: 'Required.', ru: 'Обязательное поле.' },
  'api.content-disposition-example': {
    en: `Send e.g. attachment; filename="ring.stl" or attachment; filename*=UTF-8''ring%20%E2%84%961.stl.`,
    ru: `Передайте, например, attachment; filename="ring.stl" или attachment; filename*=UTF-8''ring%20%E2%84%961.stl.`,
  },
  'webhook.url-invalid': {
    en: 'The webhook URL must be an absolute URL, e.g. https://example.com/facet/webhooks.',
    ru: 'Адрес вебхука должен быть полным URL, например https://example.com/facet/webhooks.',
  },
  'webhook.url-scheme': {
    en: 'The webhook URL must use http or https.',
    ru: 'Адрес вебхука должен начинаться с http или https.',
  },
  'webhook.url-credentials': {
    en: 'Put no user name or password in the webhook URL; verify our signature instead.',
    ru: 'Не указывайте в адресе вебхука имя пользователя и пароль; вместо этого проверяйте нашу подпись.',
  },
  'webhook.networks-too-many': { en: 'At most 50 networks.', ru: 'Не больше 50 сетей.' },
  'webhook.network-one-per-entry': {
    en: 'One network per entry.',
    ru: 'По одной сети в строке.',
  },
} as const satisfies Record<string, FieldMessage>;

export type FieldMessageKey = keyof typeof FIELD_MESSAGES;

/** The English a schema is written with; said in Russian by `sayFieldMessage`. */
export function fieldMessage(key: FieldMessageKey): string {
  return FIELD_MESSAGES[key].en;
}

const BY_ENGLISH = new Map<string, FieldMessage>(
  Object.values(FIELD_MESSAGES).map((message) => [message.en, message]),
);

/** A schema's own message in `locale`, or undefined when it is no words of this catalogue. */
export function sayFieldMessage(english: string, locale: Locale): string | undefined {
  return BY_ENGLISH.get(english)?.[locale];
}
