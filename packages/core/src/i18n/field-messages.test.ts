import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZCastTreeInput } from '../casting/cast-tree';
import { ZCreateClientInput } from '../crm/client-input';
import { ZRegisterCustomerInput } from '../identity/register-customer';
import { MAX_ALLOWED_NETWORKS } from '../partners/webhook-allow-list';
import { FIELD_MESSAGES, fieldMessage, sayFieldMessage } from './field-messages';
import { localizeIssue } from './validation-messages';

/** Each wrong field's message as the tRPC formatter writes it in `locale`. */
function said(schema: z.ZodType, value: unknown, locale: 'en' | 'ru') {
  const issues = schema.safeParse(value).error?.issues ?? [];
  return Object.fromEntries(issues.map((issue) => [issue.path.join('.'), localizeIssue(issue, locale)]));
}

describe('a schema’s own words for a wrong field', () => {
  it('are English by default and Russian for ru, from checks and refinements alike', () => {
    const customer = { name: 'A', email: 'not-an-address', password: 'short' };
    expect(said(ZRegisterCustomerInput, customer, 'en')).toEqual({
      name: 'Tell us your name (at least 2 characters).',
      email: 'That does not look like an email address.',
      password: 'Use at least 10 characters.',
    });
    expect(said(ZRegisterCustomerInput, customer, 'ru')).toEqual({
      name: 'Укажите имя (не короче 2 символов).',
      email: 'Это не похоже на адрес электронной почты.',
      password: 'Не короче 10 символов.',
    });
    const client = { kind: 'company', name: 'Lumen' };
    expect(said(ZCreateClientInput, client, 'en')).toEqual({
      email: 'Give an email or a phone number.',
      companyName: 'A company needs its registered name.',
    });
    expect(said(ZCreateClientInput, client, 'ru')).toEqual({
      email: 'Укажите адрес электронной почты или телефон.',
      companyName: 'Укажите официальное название компании.',
    });
  });

  it('name each weight of a cast in its own Russian words', () => {
    const cast = {
      treeId: '0190f0c4-0000-7000-8000-000000000000',
      metalIssuedG: 0,
      returnedPiecesG: -1,
      returnedButtonG: 60_000,
      returnedScrapG: 'four',
    };
    expect(said(ZCastTreeInput, cast, 'ru')).toEqual({
      metalIssuedG: 'Для литья нужно выдать металл.',
      returnedPiecesG: 'Вес изделий не может быть отрицательным.',
      returnedButtonG: 'Вес литника неправдоподобно велик.',
      returnedScrapG: 'Укажите вес лома в граммах.',
    });
    expect(said(ZCastTreeInput, cast, 'en')).toMatchObject({
      returnedScrapG: 'Enter the scrap weight in grams.',
    });
  });

  it('give each English text one entry, and every entry Russian of its own', () => {
    const entries = Object.values(FIELD_MESSAGES);
    expect(new Set(entries.map((entry) => entry.en)).size).toBe(entries.length);
    for (const [key, entry] of Object.entries(FIELD_MESSAGES)) {
      expect(entry.ru, key).not.toBe(entry.en);
      expect(entry.ru, key).toMatch(/[а-яё]/i);
      expect(sayFieldMessage(entry.en, 'ru'), key).toBe(entry.ru);
    }
    expect(sayFieldMessage('A sentence no schema wrote.', 'ru')).toBeUndefined();
  });

  it('say the limits their schemas check', () => {
    expect(fieldMessage('webhook.networks-too-many')).toContain(String(MAX_ALLOWED_NETWORKS));
    expect(FIELD_MESSAGES['stone.carat-band-unknown']).toEqual({
      en: 'The carat band starts at one of 0, 0.25, 0.5, 1, 2 ct.',
      ru: 'Диапазон начинается с одного из значений: 0; 0,25; 0,5; 1; 2 кар.',
    });
  });
});
