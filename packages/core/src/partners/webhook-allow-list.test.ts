import { describe, expect, it } from 'vitest';
import { localizeIssue } from '../i18n/validation-messages';
import { ZSetWebhookAllowListInput } from './webhook-allow-list';

/** The one refusal of `entry` (after an allowed network), in English as the issue's message and in Russian. */
function refusalOf(entry: string) {
  const parsed = ZSetWebhookAllowListInput.safeParse({ networks: ['10.1.2.0/24', entry] });
  if (parsed.success) throw new Error(`${entry} was taken`);
  expect(parsed.error.issues).toHaveLength(1);
  const [issue] = parsed.error.issues;
  expect(issue?.path).toEqual(['networks', 1]);
  return { en: localizeIssue(issue!, 'en'), message: issue!.message, ru: localizeIssue(issue!, 'ru') };
}

describe('an admin’s webhook network the list refuses', () => {
  it('is named as typed, in English by default and in Russian to a Russian reader', () => {
    expect(refusalOf('8.8.8.0/24')).toEqual({
      message: '8.8.8.0/24 is public: public addresses are always allowed.',
      en: '8.8.8.0/24 is public: public addresses are always allowed.',
      ru: '8.8.8.0/24 находится в публичном интернете, а публичные адреса разрешены всегда: вносить их в список не нужно.',
    });
    expect(refusalOf('169.254.0.0/16')).toMatchObject({
      en: '169.254.0.0/16 is link-local, where cloud metadata services answer: it cannot be allowed.',
      ru: '169.254.0.0/16 находится в диапазоне link-local, где отвечают службы метаданных облаков: такие адреса разрешать нельзя.',
    });
    expect(refusalOf('10.0.0.0/4')).toMatchObject({
      en: '10.0.0.0/4 is wider than /8: allow the networks your receivers are in.',
      ru: 'Сеть 10.0.0.0/4 шире /8: разрешите только те сети, в которых находятся ваши получатели вебхуков.',
    });
    expect(refusalOf('fd00::/8')).toMatchObject({ en: expect.stringContaining('wider than /16') });
  });

  it('that is no network at all is quoted in either language', () => {
    expect(refusalOf('not a network')).toEqual({
      message: '"not a network" is not an address or a CIDR network (e.g. 10.20.0.0/16)',
      en: '"not a network" is not an address or a CIDR network (e.g. 10.20.0.0/16)',
      ru: '«not a network» — не адрес и не сеть в записи CIDR (например, 10.20.0.0/16)',
    });
  });

  it('takes a private network', () => {
    expect(ZSetWebhookAllowListInput.safeParse({ networks: ['10.1.2.0/24', 'fd12::/64'] }).success).toBe(
      true,
    );
  });
});
