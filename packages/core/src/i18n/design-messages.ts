import {
  DESIGN_MESSAGE_EXAMPLES,
  DESIGN_MESSAGES_EN,
  type DesignLabel,
  type DesignMessageKey,
  type DesignTemplates,
  type SaidDesignParams,
} from '@facet/mesh/parts/design-messages';
import type { PendantShapeName } from '@facet/mesh/parts/pendant-outline';
import type { Entry } from './domain-messages';
import { type PluralForms, plural, sayFixed, sayNumber } from './figures';
import { ringSizeSystemName, sayRingSize } from './ring-sizes';

/** Millimetres as the constructor shows them: 1.5 → "1,5", never grouped. */
const n = (value: number) => sayNumber('ru', value);
/** Millimetres to one decimal: 14 → "14,0". */
const mm1 = (value: number) => sayFixed('ru', value, 1);

const LABELS: Record<DesignLabel, string> = {
  'band-width': 'Ширина шинки',
  'band-thickness': 'Толщина шинки',
  'pendant-height': 'Высота подвески',
  'pendant-thickness': 'Толщина подвески',
  'bail-opening': 'Отверстие ушка',
  'bail-wire': 'Проволока ушка',
  'stone-diameter': 'Диаметр камня',
  'stone-length': 'Длина камня',
  'stone-width': 'Ширина камня',
};

/** "Укажите …": what to enter, in the accusative. */
const ENTER: Record<DesignLabel, string> = {
  'band-width': 'ширину шинки',
  'band-thickness': 'толщину шинки',
  'pendant-height': 'высоту подвески',
  'pendant-thickness': 'толщину подвески',
  'bail-opening': 'отверстие ушка',
  'bail-wire': 'толщину проволоки ушка',
  'stone-diameter': 'диаметр камня',
  'stone-length': 'длину камня',
  'stone-width': 'ширину камня',
};

const SHAPES: Record<PendantShapeName, string> = { disc: 'круг', heart: 'сердце', drop: 'капля' };

/** After "не больше": не больше 1 символа, 24 символов. */
const CHARACTERS_AFTER: PluralForms = { one: 'символа', few: 'символов', many: 'символов', other: 'символа' };
/** After "входит": входит 1 символ, 3 символа, 11 символов. */
const CHARACTERS: PluralForms = { one: 'символ', few: 'символа', many: 'символов', other: 'символа' };

const stone = (p: { round: 'yes' | 'no'; stoneMm: number }) =>
  p.round === 'yes' ? `Камень ${n(p.stoneMm)} мм` : 'Этот камень';
const characters = (count: number, forms: PluralForms) => `${count} ${plural('ru', count, forms)}`;

/** The constructor's problems in Russian, for the shopper building a piece. */
const DESIGN_MESSAGES_RU: DesignTemplates = {
  'design.ring-size-missing': () => 'Укажите размер кольца.',
  'design.ring-size-out-of-range': (p) =>
    `Размер ${sayRingSize('ru', { system: p.system, value: p.value })} мы не делаем: только от ${ringSizeSystemName('ru', p.system)} ${n(p.min)} до ${n(p.max)} (внутренний диаметр от ${mm1(p.lowMm)} до ${mm1(p.highMm)} мм).`,
  'design.value-missing': (p) => `Укажите ${ENTER[p.label]}.`,
  'design.value-out-of-range': (p) =>
    `${LABELS[p.label]}: допустимо от ${n(p.min)} до ${n(p.max)} мм (сейчас ${n(p.value)} мм).`,
  'design.oval-not-longer': (p) =>
    `Овал длиннее, чем шире: сделайте ширину меньше длины (${n(p.lengthMm)} мм) или выберите круглый камень.`,
  'design.stone-too-large-for-band-width': (p) =>
    `${stone(p)} слишком велик для шинки шириной ${n(p.bandMm)} мм: не больше ${mm1(p.mostMm)} мм в поперечнике — или расширьте шинку до ${mm1(p.widenMm)} мм.`,
  'design.stone-too-large-for-ring-size': (p) =>
    `${stone(p)} слишком велик для кольца размера ${ringSizeSystemName('ru', p.system)} ${n(p.value)}: выберите камень меньше или размер больше.`,
  'design.stone-too-large-for-pendant': (p) =>
    `${stone(p)} слишком велик для подвески «${SHAPES[p.shape] ?? p.shape}» высотой ${n(p.heightMm)} мм: выберите камень меньше или увеличьте подвеску.`,
  'design.engraving-unsupported-characters': (p) =>
    `Мы не можем выгравировать ${p.characters}: используйте буквы, цифры, пробелы и . , ' ! ? - + & : / ♥`,
  'design.engraving-too-many-characters': (p) =>
    `В гравировке не больше ${characters(p.count, CHARACTERS_AFTER)}.`,
  'design.engraving-pendant-inside': () => 'Подвеску гравируют на лицевой или на оборотной стороне.',
  'design.engraving-front-has-stone': () =>
    'На лицевой стороне подвески стоит камень: гравируйте оборотную сторону.',
  'design.engraving-band-too-narrow': (p) =>
    `Для чистого литья букв шинка должна быть шириной не меньше ${mm1(p.widthMm)} мм.`,
  'design.engraving-too-long-for-band': (p) =>
    `«${p.text}» не помещается внутри этой шинки: входит ${characters(p.count, CHARACTERS)}. Сократите текст или выберите размер побольше.`,
  'design.engraving-too-long-for-pendant': (p) =>
    `«${p.text}» не помещается на этой подвеске: входит ${characters(p.count, CHARACTERS)}. Сократите текст или увеличьте подвеску.`,
  'design.problems': (p) => p.problems,
};

/** The constructor's messages as catalogue entries: English from @facet/mesh, Russian from here. */
export const DESIGN_MESSAGE_ENTRIES = Object.fromEntries(
  (Object.keys(DESIGN_MESSAGES_EN) as DesignMessageKey[]).map((key) => [
    key,
    { en: DESIGN_MESSAGES_EN[key], ru: DESIGN_MESSAGES_RU[key], example: DESIGN_MESSAGE_EXAMPLES[key] },
  ]),
) as unknown as { [K in DesignMessageKey]: Entry<SaidDesignParams<K>> };
