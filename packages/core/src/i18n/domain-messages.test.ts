import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors';
import {
  DOMAIN_MESSAGES,
  type DomainMessageKey,
  domainMessage,
  nameInRussian,
  plural,
  renderDomainMessage,
} from './domain-messages';

const keys = Object.keys(DOMAIN_MESSAGES) as DomainMessageKey[];

describe('the domain’s messages', () => {
  it.each(keys)('%s is said in English and in Russian, with its params', (key) => {
    const { example } = DOMAIN_MESSAGES[key];
    const message = { key, params: example } as Parameters<typeof renderDomainMessage>[0];
    const english = renderDomainMessage(message, 'en');
    const russian = renderDomainMessage(message, 'ru');
    expect(english).toMatch(/[a-z]/i);
    expect(russian).toMatch(/[а-яё]/i);
    for (const text of [english, russian]) expect(text).not.toMatch(/undefined|null|NaN|\$\{/);
    for (const value of Object.values(example)) {
      expect(english).toContain(String(value));
      expect(russian).toContain(nameInRussian(String(value)));
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
