import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import ru from '../../../messages/ru.json';
import { fixed, formatPoint } from './thickness-labels';

const english = createTranslator({ locale: 'en', messages: en, namespace: 'uiRest.thickness' });
const russian = createTranslator({ locale: 'ru', messages: ru, namespace: 'uiRest.thickness' });

describe('the thickness legend in the reader’s language', () => {
  it('keeps the English legend as it reads today', () => {
    expect(english('minimumFor', { alloy: 'Sterling silver 925', mm: fixed(0.8, 2, 'en') })).toBe(
      'Minimum for Sterling silver 925: 0.80 mm',
    );
    expect(english('legendSafe', { mm: fixed(2, 1, 'en') })).toBe('2.0 mm and more · safe');
  });

  it('writes Russian figures with a decimal comma and «мм»', () => {
    expect(russian('minimumFor', { alloy: 'Серебро 925', mm: fixed(0.8, 2, 'ru') })).toBe(
      'Минимум для сплава Серебро 925: 0,80 мм',
    );
    expect(russian('legendSafe', { mm: fixed(2, 1, 'ru') })).toBe('2,0 мм и больше · надёжно');
    expect(fixed(1234.56, 1, 'ru')).toBe('1234,6');
  });

  it('says whether the thinnest wall is below the minimum', () => {
    expect(english('thinnest', { mm: '0.30', belowMinimum: 'yes' })).toBe(
      'Thinnest wall 0.30 mm, thinner than the minimum.',
    );
    expect(english('thinnest', { mm: '1.20', belowMinimum: 'no' })).toBe('Thinnest wall 1.20 mm.');
    expect(russian('thinnest', { mm: '0,30', belowMinimum: 'yes' })).toBe(
      'Самая тонкая стенка — 0,30 мм, тоньше минимума.',
    );
  });
});

describe('places on the model', () => {
  it('separates a Russian point’s figures by semicolons, since the comma is their decimal mark', () => {
    expect(formatPoint([1, -2.54, 30.25], 'en')).toBe('1.0, -2.5, 30.3');
    expect(formatPoint([1, -2.54, 30.25], 'ru')).toBe('1,0; -2,5; 30,3');
  });

  it('counts a hole’s edges with the right Russian form', () => {
    const hole = (edges: number) =>
      russian('holeLoop', { kind: 'hole', index: 1, edges, length: '40,0', point: '0,0; 0,0; 0,0' });
    expect(hole(1)).toContain('1 ребро,');
    expect(hole(4)).toContain('4 ребра,');
    expect(hole(12)).toContain('12 рёбер,');
    expect(
      english('holeLoop', { kind: 'hole', index: 1, edges: 4, length: '40.0', point: '0.0, 0.0, 0.0' }),
    ).toBe('Hole 1: 4 edges, 40.0 mm around, at (0.0, 0.0, 0.0)');
    expect(
      english('thinPlace', { tooThin: 'yes', index: 1, mm: '0.30', area: '< 0.1', point: '1.0, 2.0, 3.0' }),
    ).toBe('Too thin place 1: 0.30 mm, < 0.1 mm² near (1.0, 2.0, 3.0)');
  });
});

describe('why a wall was not measured', () => {
  // The engine's reasons are said by core's catalogue (sayThicknessReasonIn); the view says them inside this.
  it('says the reason inside its sentence in each language', () => {
    expect(english('unknown', { why: english('reasons.oldPreview') })).toBe(
      'Thickness unknown: this preview was made before walls were mapped.',
    );
    expect(russian('unknown', { why: 'модель слишком детальная, чтобы измерить её за 20 секунд' })).toBe(
      'Толщина неизвестна: модель слишком детальная, чтобы измерить её за 20 секунд.',
    );
  });
});
