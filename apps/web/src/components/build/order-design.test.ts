import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../i18n/catalogues';
import { DesignSaveError, type SaveFailedT, saySaveError } from './order-design';

const uiBuild = (locale: 'en' | 'ru') =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'uiBuild' }) as unknown as SaveFailedT;

describe('a design the server did not keep, in the reader’s language', () => {
  it('quotes the server’s reason when it gave it in the reader’s language', () => {
    const refused = new DesignSaveError(422, 'Ширина шинки: допустимо от 1,5 до 12 мм (сейчас 40 мм).', 'ru');
    expect(saySaveError(refused, uiBuild('ru'), 'ru')).toBe(
      'Ширина шинки: допустимо от 1,5 до 12 мм (сейчас 40 мм).',
    );
    const english = new DesignSaveError(422, 'Band width must be between 1.5 and 12 mm (it is 40 mm).', 'en');
    expect(saySaveError(english, uiBuild('en'), 'en')).toBe(english.detail);
  });

  it('says ours, with the status, when the server gave no reason or gave it in another language', () => {
    expect(
      saySaveError(new DesignSaveError(401, 'Sign in to order a piece.', 'en'), uiBuild('ru'), 'ru'),
    ).toBe('Не удалось сохранить изделие (401). Попробуйте ещё раз.');
    expect(saySaveError(new DesignSaveError(502, null, null), uiBuild('en'), 'en')).toBe(
      'We could not save your piece (502). Please try again.',
    );
  });
});
