import type { OrderStatus } from '@facet/db/enums';
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL } from '../orders/status-labels';
import { DomainError } from '../shared/errors';
import {
  DOMAIN_MESSAGES,
  type DomainMessageKey,
  domainMessage,
  nameInRussian,
  renderDomainMessage,
} from './domain-messages';
import { plural, sayNumber } from './figures';

const keys = Object.keys(DOMAIN_MESSAGES) as DomainMessageKey[];

/**
 * Params the Russian leaves out on purpose: the XML parser's words (in a refusal stored before its
 * complaints had keys, or a complaint without one), JSON.parse's and busboy's are English (the
 * partner API keeps them in `detailEn`); a schema's own words are said from field-messages.ts.
 */
const LEFT_OUT_IN_RUSSIAN: Partial<Record<DomainMessageKey, string[]>> = {
  'mesh.xml.not-well-formed': ['problem'],
  'mesh.xml.problem.other': ['text'],
  'api.body-not-json': ['reason'],
  'api.multipart-unreadable': ['reason'],
  'api.field-refused': ['message'],
};

/**
 * The constructor's params that name a choice (a control, a pendant's shape, a sizing system, whether
 * a stone is round): each language says its own name for it, checked by design-messages.test.ts.
 */
const NAMED_CHOICES = ['control', 'label', 'round', 'shape', 'system'];

/** Figures said in other units: seconds as days or hours, cents and a currency code as money. */
const CONVERTED_FIGURES: DomainMessageKey[] = [
  'timeline.sla-breached',
  'timeline.approved-below-price',
  'request.body-too-large',
];

describe('the domain’s messages', () => {
  it.each(keys)('%s is said in English and in Russian, with its params', (key) => {
    const { example } = DOMAIN_MESSAGES[key];
    const message = { key, params: example } as Parameters<typeof renderDomainMessage>[0];
    const english = renderDomainMessage(message, 'en');
    const russian = renderDomainMessage(message, 'ru');
    expect(english).toMatch(/[a-z]/i);
    expect(russian).toMatch(/[а-яё]/i);
    for (const text of [english, russian]) expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
    for (const [name, value] of Object.entries(example) as Array<[string, unknown]>) {
      if (typeof value === 'object') {
        // A message inside another (or a list of them) is said in the same language.
        const inner = [value].flat() as Array<Parameters<typeof renderDomainMessage>[0]>;
        for (const message of inner) {
          expect(english).toContain(renderDomainMessage(message, 'en'));
          expect(russian).toContain(renderDomainMessage(message, 'ru'));
        }
        continue;
      }
      // Said in other units each language words its own way: checked by the tests of those messages.
      if (CONVERTED_FIGURES.includes(key)) continue;
      if (typeof value === 'number') {
        if (key.startsWith('mesh.')) continue;
        // A figure as each language writes it: 12.5 in English, 12,5 in Russian.
        expect(english).toContain(String(value));
        expect(russian).toContain(sayNumber('ru', value));
        continue;
      }
      if (key.startsWith('design.') && NAMED_CHOICES.includes(name)) continue;
      // English names a status by its code, or as the screens do ("Priced"); an event type in words.
      expect(
        [String(value), STATUS_LABEL[value as OrderStatus], String(value).replaceAll('_', ' ')].some(
          (said) => said && english.includes(said),
        ),
      ).toBe(true);
      if (!LEFT_OUT_IN_RUSSIAN[key]?.includes(name)) expect(russian).toContain(nameInRussian(String(value)));
    }
  });

  it('counts in Russian with the right form for 1, 3, 5 and 21', () => {
    const forms = { one: 'заказ', few: 'заказа', many: 'заказов', other: 'заказа' };
    expect([1, 3, 5, 21].map((n) => `${n} ${plural('ru', n, forms)}`)).toEqual([
      '1 заказ',
      '3 заказа',
      '5 заказов',
      '21 заказ',
    ]);
    const held = (count: number) =>
      renderDomainMessage(domainMessage('tree.orders-on-hold', { numbers: 'FCT-000001', count }), 'ru');
    expect(held(3)).toContain('На паузе 3 заказа:');
    expect(held(5)).toContain('На паузе 5 заказов:');
    expect(held(21)).toContain('На паузе 21 заказ:');
    expect(held(1)).toBe(
      'FCT-000001 на паузе: снимите его с ёлки или дождитесь, пока продавец его возобновит.',
    );
  });

  it('counts days, characters and webhook endpoints in Russian with the right form', () => {
    const ru = (message: Parameters<typeof renderDomainMessage>[0]) => renderDomainMessage(message, 'ru');
    expect(ru(domainMessage('crm.period-too-long', { days: 366 }))).toBe('Период — не больше 366 дней.');
    expect(ru(domainMessage('crm.period-too-long', { days: 31 }))).toBe('Период — не больше 31 дня.');
    expect(ru(domainMessage('model.file-name-too-long', { max: 200 }))).toBe(
      'Имя файла слишком длинное (не больше 200 символов).',
    );
    expect(ru(domainMessage('webhook.too-many-endpoints', { max: 10 }))).toBe(
      'У партнёра может быть не больше 10 адресов для вебхуков.',
    );
    expect(ru(domainMessage('webhook.too-many-endpoints', { max: 1 }))).toBe(
      'У партнёра может быть не больше 1 адреса для вебхуков.',
    );
  });

  it('refuses a request over its limits in Russian, in calls and bytes', () => {
    const ru = (message: Parameters<typeof renderDomainMessage>[0]) => renderDomainMessage(message, 'ru');
    const batch = (limit: number) => ru(domainMessage('request.batch-too-large', { limit, calls: 30 }));
    expect(batch(20)).toBe('В пакете может быть не больше 20 вызовов, а в этом — 30.');
    expect([1, 2, 5, 21].map((limit) => batch(limit).split(',')[0])).toEqual([
      'В пакете может быть не больше 1 вызова',
      'В пакете может быть не больше 2 вызовов',
      'В пакете может быть не больше 5 вызовов',
      'В пакете может быть не больше 21 вызова',
    ]);
    expect(
      renderDomainMessage(domainMessage('request.batch-too-large', { limit: 20, calls: 21 }), 'en'),
    ).toBe('A batch carries at most 20 calls; this one has 21.');
    const body = domainMessage('request.body-too-large', { limitBytes: 16 * 1024 });
    expect(ru(body)).toBe('Тело запроса больше 16 КиБ, а больше этот адрес не принимает.');
    expect(renderDomainMessage(body, 'en')).toBe(
      'The request body is larger than the 16 KiB this address accepts.',
    );
    expect(ru(domainMessage('request.body-too-large', { limitBytes: 1024 * 1024 }))).toContain('1 МиБ');
  });

  it('refuses a ring size out of reach in Russian, naming the sizes it can make', () => {
    const params = {
      size: 'EU 62',
      changeMm: '2.6',
      modelMm: '17.2',
      modelSize: 'EU 54',
      reachMm: 2,
      smallest: 'EU 48.5',
      largest: 'EU 60.5',
    };
    expect(renderDomainMessage(domainMessage('ring.resize-too-wide', params), 'ru')).toBe(
      'Размер EU 62 на 2.6 мм шире изнутри, чем модель (17.2 мм, EU 54): кольцо мы меняем в размере не больше чем на 2 мм внутреннего диаметра. Выберите размер от EU 48.5 до EU 60.5 или загрузите модель, сделанную в нужном размере.',
    );
    expect(renderDomainMessage(domainMessage('ring.resize-too-narrow', params), 'en')).toBe(
      'EU 62 is 2.6 mm narrower inside than the model (17.2 mm, EU 54): we resize a ring by at most 2 mm of inner diameter. Choose a size from EU 48.5 to EU 60.5, or upload the model made in the size you want.',
    );
  });

  it('names the address range a webhook may not go to in Russian', () => {
    const says = (rule: string) =>
      renderDomainMessage(
        domainMessage('webhook.target-not-public', { host: '::1', address: '::1', rule }),
        'ru',
      );
    expect(says('a loopback address')).toContain(
      'Вебхуки нельзя отправлять на ::1: это адрес обратной петли (loopback).',
    );
    expect(says('a special-purpose address (6to4)')).toContain('это адрес особого назначения (6to4).');
  });

  it('names statuses and roles in Russian as the screens do', () => {
    const message = domainMessage('order.transition-not-yours', {
      by: 'seller',
      from: 'PRICE_CALCULATED',
      to: 'MANUFACTURING_STARTED',
    });
    expect(renderDomainMessage(message, 'ru')).toBe(
      'Роль «продавец» не может перевести заказ из статуса «Рассчитан» в «В производстве».',
    );
    expect(renderDomainMessage(message, 'en')).toBe(
      'A seller cannot move an order from PRICE_CALCULATED to MANUFACTURING_STARTED.',
    );
  });

  it('keeps the English text as the error’s message, and the key for transports', () => {
    const error = new DomainError('CONFLICT', domainMessage('tree.cast-already', { flask: 12 }));
    expect(error.message).toBe('The tree on flask 12 is cast already.');
    expect(error.localized).toEqual({ key: 'tree.cast-already', params: { flask: 12 } });
    expect(new DomainError('CONFLICT', 'Plain.').localized).toBeUndefined();
  });
});
