import type { z } from 'zod';
import { isKnownMessage, renderDomainMessage } from './domain-messages';
import { sayFieldMessage } from './field-messages';
import type { Locale } from './locale';

type Issue = z.core.$ZodIssue;

const ruPlural = new Intl.PluralRules('ru');

/** `1 символа`, `2 символов`, `21 символа`: the genitive after «не короче», «не длиннее». */
function characters(count: number): string {
  return `${count} ${ruPlural.select(count) === 'one' ? 'символа' : 'символов'}`;
}

function russian(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? 'Заполните это поле.' : `Не короче ${characters(minimum)}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return minimum <= 1 ? 'Выберите хотя бы одно.' : `Нужно не меньше ${minimum}.`;
      return issue.inclusive === false ? `Должно быть больше ${minimum}.` : `Не меньше ${minimum}.`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `Не длиннее ${characters(maximum)}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Не больше ${maximum}.`;
      return issue.inclusive === false ? `Должно быть меньше ${maximum}.` : `Не больше ${maximum}.`;
    }
    case 'invalid_format':
      if (issue.format === 'email') return 'Введите адрес электронной почты, например anna@example.com.';
      if (issue.format === 'url') return 'Введите адрес, начинающийся с https://.';
      return 'Неверный формат.';
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return 'Введите число.';
      return 'Заполните это поле.';
    case 'invalid_value':
      return 'Выберите одно из предложенных значений.';
    case 'not_multiple_of':
      return `Должно быть кратно ${issue.divisor}.`;
    default:
      // Our own refinements explain themselves better in English than a generic Russian line would.
      return undefined;
  }
}

/**
 * A refinement's own catalogue message, said in `locale`: a custom issue whose words quote what was
 * typed carries them as `params.localized` (its `message` is the English). Undefined for any other.
 */
export function sayIssueMessage(issue: Issue, locale: Locale): string | undefined {
  const localized = issue.code === 'custom' ? issue.params?.localized : undefined;
  return isKnownMessage(localized) ? renderDomainMessage(localized, locale) : undefined;
}

/**
 * A validation issue in the reader's language: a refinement's catalogue message or a schema's own
 * words from the catalogue, else Zod's check said in Russian here; English keeps the schema's own message.
 */
export function localizeIssue(issue: Issue, locale: Locale | undefined): string {
  if (locale === 'ru')
    return (
      sayIssueMessage(issue, 'ru') ?? sayFieldMessage(issue.message, 'ru') ?? russian(issue) ?? issue.message
    );
  return issue.message;
}
