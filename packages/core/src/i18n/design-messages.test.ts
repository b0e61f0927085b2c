import { buildDesign, DesignError } from '@facet/mesh/parts/build-design';
import { checkDesign } from '@facet/mesh/parts/check-design';
import type { Design } from '@facet/mesh/parts/design';
import {
  DESIGN_MESSAGE_EXAMPLES,
  DESIGN_MESSAGES_EN,
  type DesignMessage,
  type DesignMessageKey,
  sayDesignMessage,
} from '@facet/mesh/parts/design-messages';
import { SAMPLE_DESIGNS } from '@facet/mesh/parts/sample-designs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES, renderDomainMessage } from './domain-messages';

const solitaire = SAMPLE_DESIGNS.solitaire!;
const heart = SAMPLE_DESIGNS.heart!;
const designKeys = Object.keys(DESIGN_MESSAGES_EN) as DesignMessageKey[];
const ru = (message: DesignMessage) => renderDomainMessage(message, 'ru');

/** Words of the English problems that a Russian one never carries (quoted engravings aside). */
const ENGLISH_WORDS =
  /\b(the|is|are|too|large|band|ring|stone|pendant|enter|must|between|engrav\w*|characters?|size|mm)\b/i;

function withoutQuotes(text: string): string {
  return text.replace(/«[^»]*»/g, '').replace(/“[^”]*”/g, '');
}

/** The one problem `checkDesign` finds in `design`. */
function problemOf(design: Design) {
  const [problem, ...rest] = checkDesign(design);
  expect(rest).toEqual([]);
  return problem!;
}

describe('the constructor’s problems in the catalogue', () => {
  it('holds every problem the builder can find', () => {
    for (const key of designKeys) expect(DOMAIN_MESSAGES, key).toHaveProperty([key]);
  });

  it.each(designKeys)('says %s in Russian, never in English', (key) => {
    const message = { key, params: DESIGN_MESSAGE_EXAMPLES[key] } as DesignMessage;
    const russian = ru(message);
    expect(russian).toMatch(/[а-яё]{3,}/i);
    expect(withoutQuotes(russian), russian).not.toMatch(ENGLISH_WORDS);
    expect(renderDomainMessage(message, 'en')).toBe(sayDesignMessage(message));
  });

  it('says what checkDesign finds in Russian, names and figures as the page writes them', () => {
    const cases: Array<[Design, string, string]> = [
      [
        { ...solitaire, piece: { ...solitaire.piece, size: { system: 'EU', value: 80 } } } as Design,
        'Ring size EU 80 is outside what we make: EU 44 to 76 (inner diameter 14.0 to 24.2 mm).',
        'Размер Евр. 80 мы не делаем: только от Евр. 44 до 76 (внутренний диаметр от 14,0 до 24,2 мм).',
      ],
      [
        {
          ...solitaire,
          setting: { ...solitaire.setting!, stone: { cut: 'round', lengthMm: 9.5, widthMm: 9.5 } },
        },
        'A 9.5 mm stone is too large for a 2.2 mm band: at most 8.8 mm across, or widen the band to 2.4 mm.',
        'Камень 9,5 мм слишком велик для шинки шириной 2,2 мм: не больше 8,8 мм в поперечнике — или расширьте шинку до 2,4 мм.',
      ],
      [
        {
          ...solitaire,
          setting: { ...solitaire.setting!, stone: { cut: 'round', lengthMm: Number.NaN, widthMm: 6.5 } },
        },
        'Enter the stone diameter.',
        'Укажите диаметр камня.',
      ],
      [
        {
          ...heart,
          setting: { style: 'bezel', prongs: 4, stone: { cut: 'round', lengthMm: 14, widthMm: 14 } },
          engraving: null,
        },
        'A 14 mm stone is too large for a 18 mm heart: choose a smaller stone or make the pendant larger.',
        'Камень 14 мм слишком велик для подвески «сердце» высотой 18 мм: выберите камень меньше или увеличьте подвеску.',
      ],
      [
        {
          ...solitaire,
          piece: { ...solitaire.piece, widthMm: 1.5 } as Design['piece'],
          setting: null,
          engraving: { text: 'AB', face: 'inside' },
        },
        'Engraving needs a band at least 2.0 mm wide for the letters to cast cleanly.',
        'Для чистого литья букв шинка должна быть шириной не меньше 2,0 мм.',
      ],
    ];
    for (const [design, english, russian] of cases) {
      const problem = problemOf(design);
      expect(problem.message).toBe(english);
      expect(renderDomainMessage(problem.localized, 'en')).toBe(english);
      expect(ru(problem.localized)).toBe(russian);
    }
  });

  it('counts characters in Russian with the right form for 1, 2, 5 and 21', () => {
    const fit = (count: number) =>
      ru({ key: 'design.engraving-too-long-for-band', params: { text: 'LOVE', count } });
    expect(fit(1)).toContain('входит 1 символ.');
    expect(fit(2)).toContain('входит 2 символа.');
    expect(fit(5)).toContain('входит 5 символов.');
    expect(fit(21)).toContain('входит 21 символ.');
    const most = (count: number) => ru({ key: 'design.engraving-too-many-characters', params: { count } });
    expect(most(1)).toBe('В гравировке не больше 1 символа.');
    expect(most(5)).toBe('В гравировке не больше 5 символов.');
    expect(most(21)).toBe('В гравировке не больше 21 символа.');
    expect(
      renderDomainMessage({ key: 'design.engraving-too-many-characters', params: { count: 40 } }, 'en'),
    ).toBe('Engraving can be at most 40 characters.');
  });

  it('says a DesignError in the reader’s language: one problem, or every problem one after another', () => {
    const refusal = (design: Design) => {
      try {
        buildDesign(design);
      } catch (error) {
        if (error instanceof DesignError) return error;
        throw error;
      }
      throw new Error('built a design with problems');
    };
    const one = refusal({ ...SAMPLE_DESIGNS.ovalDisc!, engraving: { text: 'LOVE', face: 'inside' } });
    expect(one.localized.key).toBe('design.engraving-pendant-inside');
    expect(renderDomainMessage(one.localized, 'en')).toBe(one.message);
    expect(ru(one.localized)).toBe('Подвеску гравируют на лицевой или на оборотной стороне.');

    const two = refusal({
      ...solitaire,
      piece: { ...solitaire.piece, size: { system: 'EU', value: 80 }, thicknessMm: 9 },
    } as Design);
    expect(two.problems.map((problem) => problem.code)).toEqual([
      'ring-size-out-of-range',
      'value-out-of-range',
    ]);
    expect(two.localized.key).toBe('design.problems');
    expect(renderDomainMessage(two.localized, 'en')).toBe(two.message);
    expect(ru(two.localized)).toBe(
      'Размер Евр. 80 мы не делаем: только от Евр. 44 до 76 (внутренний диаметр от 14,0 до 24,2 мм). Толщина шинки: допустимо от 1,2 до 3,5 мм (сейчас 9 мм).',
    );
  });
});
