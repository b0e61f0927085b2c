import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../i18n/catalogues';
import { sayUploadProblem, type UploadProblemT, uploadOutcome } from './upload-file';

const upload = (locale: 'en' | 'ru') =>
  createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'upload' });
const said = (locale: 'en' | 'ru') => upload(locale) as unknown as UploadProblemT;
// Intl writes Russian decimals with a comma; a reader sees the same spaces either way.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('an upload that gave no model, in the reader’s language', () => {
  it('tells a refusal, an answer without a reason and a dropped connection apart', () => {
    const model = { id: 'm' };
    expect(uploadOutcome(201, model, 'en')).toEqual({ model });
    expect(uploadOutcome(413, { detail: 'Файл больше 100 МиБ — такие мы не принимаем.' }, 'ru')).toEqual({
      problem: {
        kind: 'refused',
        status: 413,
        detail: 'Файл больше 100 МиБ — такие мы не принимаем.',
        language: 'ru',
      },
    });
    expect(uploadOutcome(502, null, null)).toEqual({ problem: { kind: 'failed', status: 502 } });
    expect(uploadOutcome(500, { detail: '' }, 'en')).toEqual({ problem: { kind: 'failed', status: 500 } });
  });

  it('says a failed answer and a dropped connection in Russian, and in English as before', () => {
    expect(sayUploadProblem({ kind: 'failed', status: 502 }, said('ru'), 'ru')).toBe(
      'Загрузка не удалась (502).',
    );
    expect(sayUploadProblem({ kind: 'dropped' }, said('ru'), 'ru')).toBe(
      'Соединение оборвалось во время загрузки. Попробуйте ещё раз.',
    );
    expect(sayUploadProblem({ kind: 'failed', status: 502 }, said('en'), 'en')).toBe('Upload failed (502).');
    expect(sayUploadProblem({ kind: 'dropped' }, said('en'), 'en')).toBe(
      'The connection dropped during the upload. Please try again.',
    );
  });

  it('quotes the server’s reason when it is in the reader’s language, and never an English one in Russian', () => {
    const russian = { kind: 'refused', status: 413, detail: 'Файл больше 100 МиБ.', language: 'ru' } as const;
    const english = {
      kind: 'refused',
      status: 401,
      detail: 'Sign in to upload a model.',
      language: 'en',
    } as const;
    expect(sayUploadProblem(russian, said('ru'), 'ru')).toBe('Файл больше 100 МиБ.');
    expect(sayUploadProblem(english, said('ru'), 'ru')).toBe('Загрузка не удалась (401).');
    expect(sayUploadProblem(english, said('en'), 'en')).toBe('Sign in to upload a model.');
    expect(sayUploadProblem({ ...english, language: null }, said('en'), 'en')).toBe(
      'Sign in to upload a model.',
    );
  });
});

describe('the wall of a ring resized to the size chosen', () => {
  it('is said in Russian with a decimal comma, and in English as before', () => {
    expect(plain(upload('ru')('resizedWall', { mm: 1.2, minimum: 0.8 }))).toBe(
      '(1,20 мм в выбранном размере)',
    );
    expect(plain(upload('ru')('resizedWallThin', { mm: 0.55, minimum: 0.8 }))).toBe(
      '(0,55 мм в выбранном размере: меньше 0,8 мм, с которых мы льём)',
    );
    expect(upload('en')('resizedWall', { mm: 1.2, minimum: 0.8 })).toBe('(1.20 mm at the size chosen)');
    expect(upload('en')('resizedWallThin', { mm: 0.55, minimum: 0.75 })).toBe(
      '(0.55 mm at the size chosen: under the 0.75 mm we cast from)',
    );
  });
});

describe('the samples offered on an empty upload page', () => {
  it('are offered in Russian', () => {
    const t = upload('ru');
    expect(t('sampleTitle')).toBe('Нет своей модели? Попробуйте образец');
    expect(t('sampleAction', { name: t('sampleName.band').toLocaleLowerCase('ru') })).toBe(
      'Попробовать образец: кольцо',
    );
    expect(t('sampleFailed')).toMatch(/[а-яё]{3,}/i);
  });

  it('keep the English the end-to-end specs read', () => {
    const t = upload('en');
    expect(t('sampleAction', { name: t('sampleName.band').toLowerCase() })).toBe('Try a sample: ring');
    expect(t('sampleName.pendant')).toBe('Pendant');
  });
});
