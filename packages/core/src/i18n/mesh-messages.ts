import {
  MESH_MESSAGE_EXAMPLES,
  MESH_MESSAGES_EN,
  type MeshMessageKey,
  type MeshTemplates,
  type SaidMeshParams,
} from '@facet/mesh/mesh-messages';
import type { Entry } from './domain-messages';
import { type PluralForms, plural, sayBytes, sayCount } from './figures';

const n = (value: number) => sayCount('ru', value);
const bytes = (value: number) => sayBytes('ru', value);
const count = (value: number, forms: PluralForms) => `${n(value)} ${plural('ru', value, forms)}`;

const TRIANGLES: PluralForms = {
  one: 'треугольник',
  few: 'треугольника',
  many: 'треугольников',
  other: 'треугольника',
};
const VERTICES: PluralForms = { one: 'вершина', few: 'вершины', many: 'вершин', other: 'вершины' };
const INDICES: PluralForms = { one: 'индекс', few: 'индекса', many: 'индексов', other: 'индекса' };
const FILES: PluralForms = { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' };
/** After "глубже": глубже 1 уровня, 16 уровней. */
const LEVELS_AFTER: PluralForms = { one: 'уровня', few: 'уровней', many: 'уровней', other: 'уровня' };
const TIMES: PluralForms = { one: 'раз', few: 'раза', many: 'раз', other: 'раза' };

const damaged3mf = (detail: string) => `Файл 3MF повреждён: ${detail}.`;
const packageRule = (rule: string) => `Файл 3MF нарушает правила упаковки 3MF: ${rule}.`;
const bomb = (detail: string) => `Архив 3MF похож на «zip-бомбу»: ${detail}. Мы его не принимаем.`;
/** "Треугольников в файле OBJ больше 5 000 000…": the noun first, so any limit reads right. */
const tooMany = (what: string, file: string, max: number) =>
  `${what} в файле ${file} больше ${n(max)}, а это наш предел. Упростите сетку перед загрузкой.`;

/**
 * The parsers' refusals in Russian, for the Russian-speaking shopper or seller who uploaded the
 * file. A place in a file is said in the nominative ("грань 12, вершина 3") and set after a dash or
 * a colon, so it reads right in every sentence that names it.
 */
const MESH_MESSAGES_RU: MeshTemplates = {
  'mesh.file-empty': () => 'Файл пустой (0 байт).',
  'mesh.unknown-format': () =>
    'Этот файл — не 3D-модель, которую мы умеем читать. Загрузите файл STL (двоичный или ASCII), OBJ или 3MF.',
  'mesh.file-too-large': (p) => `Файл весит ${bytes(p.bytes)}, а мы принимаем файлы до ${bytes(p.maxBytes)}.`,
  'mesh.no-triangles': () => 'В модели нет ни одного треугольника.',
  'mesh.nothing-to-preview': () => 'Показывать нечего: в модели нет ни одного треугольника.',
  'mesh.unit-unknown': (p) =>
    `В модели указана единица длины «${p.unit}», а мы знаем только эти: ${p.known}.`,
  'mesh.indices-not-triangles': (p) =>
    `В сетке ${count(p.indices, INDICES)} — это не целое число треугольников.`,
  'mesh.vertex-not-finite': (p) =>
    `У вершины ${n(p.vertex)} координата — не конечное число миллиметров (${p.value}).`,
  'mesh.triangle-vertex-missing': (p) =>
    `Треугольник ${n(p.triangle)} ссылается на вершину ${n(p.vertex)}, а в модели всего ${count(p.vertices, VERTICES)}.`,

  'mesh.text.damaged': (p) => `Файл ${p.kind} повреждён: ${p.detail} (строка ${n(p.line)}).`,
  'mesh.text.cut-off': (p) =>
    `Файл ${p.kind} обрывается раньше времени, как будто его обрезали: ${p.detail} (строка ${n(p.line)}).`,
  'mesh.text.not-finite': (p) =>
    `В файле ${p.kind} координата — непригодное число («${p.text}»): ${p.place}, строка ${n(p.line)}.`,
  'mesh.detail.word-expected': (p) => `${p.place}: ожидалось «${p.word}»`,
  'mesh.detail.word-expected-found': (p) => `${p.place}: ожидалось «${p.word}», а найдено «${p.found}»`,
  'mesh.detail.number-expected': (p) => `${p.place}: ожидалось число`,
  'mesh.detail.not-a-number': (p) => `${p.place}: «${p.text}» — не число`,
  'mesh.detail.stl-solid-first': () => 'ASCII STL начинается со слова «solid»',
  'mesh.detail.stl-solid-expected': (p) => `ожидалось «solid», а найдено «${p.found}»`,
  'mesh.detail.stl-facet-expected': (p) => `ожидалось «facet» или «endsolid», а найдено «${p.found}»`,
  'mesh.detail.stl-vertex-expected': (p) =>
    `${p.place}: ожидалось «vertex» или «endloop», а найдено «${p.found}»`,
  'mesh.detail.stl-no-endloop': (p) => `${p.place}: нет «endloop»`,
  'mesh.detail.stl-too-few-vertices': (p) => `${p.place}: меньше трёх вершин`,
  'mesh.detail.obj-three-coordinates': (p) => `${p.place}: нужны три координаты`,
  'mesh.detail.obj-face-corners': () => 'у грани должно быть не меньше трёх вершин',
  'mesh.detail.obj-not-vertex-number': (p) => `«${p.text}» — не номер вершины`,

  'mesh.place.stl-facet': (p) => `грань ${n(p.facet)}`,
  'mesh.place.stl-facet-vertex': (p) => `грань ${n(p.facet)}, вершина ${p.vertex}`,
  'mesh.place.obj-vertex': (p) => `вершина ${n(p.vertex)}`,
  'mesh.place.3mf-vertex': (p) => `вершина ${n(p.vertex)} объекта ${p.object} в «${p.part}»`,
  'mesh.place.3mf-triangle': (p) => `треугольник ${n(p.triangle)} объекта ${p.object} в «${p.part}»`,
  'mesh.place.3mf-component': (p) => `компонент объекта ${p.object} в «${p.part}»`,
  'mesh.place.3mf-object': (p) => `объект в «${p.part}»`,
  'mesh.place.3mf-item': (p) => `элемент сборки (build item) в «${p.part}»`,
  'mesh.place.component': () => 'компонент',
  'mesh.place.build-item': () => 'элемент сборки (build item)',

  'mesh.stl.header-missing': (p) =>
    `Длина файла STL всего ${bytes(p.bytes)}, а даже у пустого двоичного STL заголовок в 84 байта.`,
  'mesh.stl.count-absurd': (p) =>
    `В STL заявлено ${count(p.declared, TRIANGLES)}, а места в файле хватает только на ${n(p.room)}: заголовок повреждён.`,
  'mesh.stl.cut-off': (p) =>
    `В STL заявлено ${count(p.declared, TRIANGLES)} (${bytes(p.expectedBytes)}), а файл заканчивается после ${bytes(p.bytes)} — как будто загрузку или экспорт прервали.`,
  'mesh.stl.size-mismatch': (p) =>
    `В STL заявлено ${count(p.declared, TRIANGLES)} (${bytes(p.expectedBytes)}), а длина файла ${bytes(p.bytes)}: заголовок не соответствует содержимому.`,
  'mesh.stl.too-many-triangles': (p) =>
    `В STL ${count(p.triangles, TRIANGLES)}, а мы принимаем не больше ${n(p.max)}. Упростите сетку перед загрузкой.`,
  'mesh.stl.more-than-max-triangles': (p) => tooMany('Треугольников', 'STL', p.max),
  'mesh.stl.no-triangles': () => 'В файле STL нет ни одного треугольника.',
  'mesh.stl.corner-not-finite': (p) =>
    `У треугольника ${n(p.triangle)} в STL вершина в точке (${p.corner}) — это не точка в пространстве.`,

  'mesh.obj.no-faces': () => 'В файле OBJ нет граней, поэтому поверхности для изготовления нет.',
  'mesh.obj.vertices-no-faces': (p) =>
    `В файле OBJ ${count(p.vertices, VERTICES)}, но нет граней, поэтому поверхности для изготовления нет.`,
  'mesh.obj.vertex-missing': (p) =>
    `Строка ${n(p.line)} файла OBJ ссылается на вершину ${n(p.vertex)}, а вершин до неё задано всего ${n(p.vertices)}.`,
  'mesh.obj.too-many-vertices': (p) => tooMany('Вершин', 'OBJ', p.max),
  'mesh.obj.too-many-triangles': (p) => tooMany('Треугольников', 'OBJ', p.max),

  'mesh.3mf.part-outside': (p) =>
    packageRule(
      `он ссылается на «${p.path}» как на часть модели, а это за пределами пакета; все части должны быть внутри него`,
    ),
  'mesh.3mf.start-part-missing': (p) =>
    `В файле 3MF нет 3D-модели (его связи указывают на «${p.path}», а такой части в пакете нет; связь должна указывать на существующую часть). Файл экспортирован полностью?`,
  'mesh.3mf.part-missing': (p) =>
    `Файл 3MF ссылается на «${p.path}» как на часть модели, но такого файла в нём нет (связь должна указывать на существующую часть).`,
  'mesh.3mf.no-relationships': () =>
    packageRule(
      'в нём нет «_rels/.rels», поэтому ничто не указывает на его 3D-модель (спецификация 3MF, часть 2: упаковка)',
    ),
  'mesh.3mf.no-start-part': () =>
    packageRule(
      '«_rels/.rels» не указывает ни на одну 3D-модель, а в пакете 3MF начальная модель ровно одна',
    ),
  'mesh.3mf.many-start-parts': (p) =>
    packageRule(`начальных 3D-моделей в «_rels/.rels» — ${n(p.count)}, а в пакете 3MF она ровно одна`),
  'mesh.3mf.start-part-no-target': () => packageRule('у связи с 3D-моделью нет цели (Target)'),
  'mesh.3mf.start-part-outside': (p) =>
    packageRule(
      `связь с 3D-моделью указывает за пределы пакета («${p.target}»), а часть с моделью должна быть внутри пакета`,
    ),
  'mesh.3mf.coordinate-missing': (p) => damaged3mf(`нет координаты «${p.name}» — ${p.place}`),
  'mesh.3mf.coordinate-not-finite': (p) =>
    `В файле 3MF координата — непригодное число («${p.value}»): ${p.place}.`,
  'mesh.3mf.coordinate-invalid': (p) => damaged3mf(`координата ${p.name} равна «${p.value}» — ${p.place}`),
  'mesh.3mf.index-missing': (p) => damaged3mf(`нет атрибута «${p.name}» — ${p.place}`),
  'mesh.3mf.index-invalid': (p) => damaged3mf(`атрибут «${p.name}» равен «${p.value}» — ${p.place}`),
  'mesh.3mf.transform-invalid': (p) =>
    damaged3mf(`преобразование (transform) должно состоять из 12 чисел, а оно «${p.text}» — ${p.place}`),
  'mesh.3mf.object-twice': (p) => damaged3mf(`«${p.part}» определяет объект ${p.object} дважды`),
  'mesh.3mf.triangle-vertex-missing': (p) =>
    `Треугольник ${n(p.triangle)} объекта ${p.object} в 3MF ссылается на вершину ${n(p.vertex)}, а вершин у объекта всего ${n(p.vertices)} (нумерация с 0).`,
  'mesh.3mf.too-many-objects': (p) =>
    `Объектов, компонентов и элементов сборки в файле 3MF больше ${n(p.max)}, а это наш предел. Упростите модель перед загрузкой.`,
  'mesh.3mf.too-many-vertices': (p) => tooMany('Вершин', '3MF', p.max),
  'mesh.3mf.too-many-triangles': (p) => tooMany('Треугольников', '3MF', p.max),
  'mesh.3mf.no-build-items': () =>
    'В файле 3MF нет элементов сборки (build items), поэтому изготавливать нечего.',
  'mesh.3mf.object-undefined': (p) =>
    damaged3mf(`${p.place} ссылается на объект ${p.object}, которого в файле нет`),
  'mesh.3mf.object-undefined-in-part': (p) =>
    damaged3mf(`${p.place} ссылается на объект ${p.object} в «${p.part}», которого там нет`),
  'mesh.3mf.object-contains-itself': (p) => damaged3mf(`объект ${p.object} содержит сам себя`),
  'mesh.3mf.components-too-deep': (p) =>
    `В файле 3MF компоненты вложены глубже ${n(p.max)} ${plural('ru', p.max, LEVELS_AFTER)}.`,
  'mesh.3mf.item-not-model': (p) =>
    `Файл 3MF нарушает правила 3MF: элемент сборки ссылается на объект ${p.object} типа «${p.type}», а элементы сборки могут ссылаться только на объекты типа «model» (поддержки и прочие объекты не отливают и не оценивают).`,
  'mesh.3mf.placed-too-large': (p) =>
    `После размещения всех частей в 3MF получается ${count(p.triangles, TRIANGLES)}, а мы принимаем не больше ${n(p.max)}.`,
  'mesh.3mf.no-triangles': () => 'В файле 3MF нет ни одного треугольника.',
  'mesh.xml.doctype': (p) =>
    `«${p.part}» в 3MF объявляет DOCTYPE с определениями сущностей; файлам 3MF он никогда не нужен, и из соображений безопасности такие файлы мы не принимаем.`,
  // A refusal stored before the XML parser's complaints had keys: its `problem` is the parser's English.
  'mesh.xml.not-well-formed': (p) => damaged3mf(`«${p.part}» — некорректный XML около строки ${n(p.line)}`),
  'mesh.xml.malformed': (p) =>
    damaged3mf(`«${p.part}» — некорректный XML около строки ${n(p.line)} (${p.problem})`),
  'mesh.xml.too-deep': (p) =>
    damaged3mf(`в «${p.part}» элементы вложены глубже ${n(p.max)} ${plural('ru', p.max, LEVELS_AFTER)}`),
  'mesh.xml.unreadable': (p) => damaged3mf(`«${p.part}» не читается как XML`),
  'mesh.xml.problem.unclosed-tag': (p) => `элемент «${p.tag}» не закрыт`,
  'mesh.xml.problem.unmatched-closing-tag': (p) => `у закрывающего тега «${p.tag}» нет открывающего`,
  'mesh.xml.problem.stray-closing-tag': () => 'закрывающий тег не соответствует открытому элементу',
  'mesh.xml.problem.unexpected-end': () => 'текст обрывается посреди разметки',
  'mesh.xml.problem.no-root': () => 'нет корневого элемента',
  'mesh.xml.problem.more-than-one-root': () => 'корневых элементов больше одного',
  'mesh.xml.problem.text-outside-root': () => 'есть текст вне корневого элемента',
  'mesh.xml.problem.attribute-twice': (p) => `у элемента дважды указан атрибут «${p.name}»`,
  'mesh.xml.problem.attribute-without-value': () => 'у атрибута нет значения',
  'mesh.xml.problem.attribute-unquoted': () => 'значение атрибута не в кавычках',
  'mesh.xml.problem.attributes-run-together': () => 'между двумя атрибутами нет пробела',
  'mesh.xml.problem.processing-instruction': () => 'инструкция обработки (<?…?>) записана неверно',
  'mesh.xml.problem.declaration': () => 'объявление XML (<?xml …?>) записано неверно или стоит не на месте',
  'mesh.xml.problem.entity': () => 'ссылка на символ или сущность (&…;), которых XML не знает',
  'mesh.xml.problem.disallowed-character': () => 'символ, который XML в этом месте не допускает',
  'mesh.xml.problem.comment': () => 'комментарий (<!-- … -->) записан неверно',
  'mesh.xml.problem.cdata-end': () => 'в тексте есть «]]>», а XML этого не допускает',
  'mesh.xml.problem.tag-malformed': () => 'тег записан неверно',
  // A complaint without a key: the parser's own English words stay in the English message.
  'mesh.xml.problem.other': () => 'ошибка разметки',

  'mesh.zip.too-many-entries': (p) =>
    `В архиве 3MF ${count(p.count, FILES)}; файлу 3MF нужно всего несколько, а мы принимаем не больше ${n(p.max)}.`,
  'mesh.zip.no-directory': () =>
    'Файл 3MF неполный: в конце ZIP-архива нет оглавления — как будто загрузку или экспорт прервали.',
  'mesh.zip.directory-outside': () => damaged3mf('оглавление архива указывает за пределы файла'),
  'mesh.zip.name-twice': (p) => damaged3mf(`в нём два файла с именем «${p.name}»`),
  'mesh.zip.zip64-locator-missing': () => damaged3mf('нет локатора ZIP64'),
  'mesh.zip.zip64-directory-missing': () => damaged3mf('нет оглавления ZIP64'),
  'mesh.zip.entry-unreadable': () => damaged3mf('запись оглавления не читается'),
  'mesh.zip.entry-cut-short': () => damaged3mf('запись оглавления обрывается'),
  'mesh.zip.zip64-sizes-cut-short': (p) => damaged3mf(`размеры ZIP64 для «${p.name}» обрываются`),
  'mesh.zip.checksum-mismatch': (p) => damaged3mf(`содержимое «${p.name}» не совпадает с контрольной суммой`),
  'mesh.zip.cannot-decompress': (p) => damaged3mf(`«${p.name}» не распаковывается`),
  'mesh.zip.header-missing': (p) => damaged3mf(`нет заголовка «${p.name}»`),
  'mesh.zip.entry-cut-off': (p) => `Файл 3MF неполный: «${p.name}» обрывается.`,
  'mesh.zip.encrypted': (p) => `«${p.name}» в архиве 3MF зашифрован; прочитать его мы не можем.`,
  'mesh.zip.method-unsupported': (p) =>
    `«${p.name}» в архиве 3MF сжат методом ${p.method}; мы читаем только несжатые файлы и сжатые методом deflate.`,
  'mesh.zip.unsafe-path': (p) =>
    `В архиве 3MF есть файл с именем «${p.name}», которое указывает за пределы архива. Из соображений безопасности такие файлы мы не принимаем.`,
  'mesh.zip.symlink': (p) =>
    `В архиве 3MF есть символическая ссылка («${p.name}»). Файлу 3MF она не нужна, и из соображений безопасности такие файлы мы не принимаем.`,
  'mesh.zip.bomb-entry': (p) => bomb(`«${p.name}» распаковался бы из ${bytes(p.from)} в ${bytes(p.to)}`),
  'mesh.zip.bomb-declared-total': (p) =>
    bomb(`его файлы распаковались бы в ${bytes(p.total)}, а мы принимаем не больше ${bytes(p.max)}`),
  'mesh.zip.bomb-total': (p) =>
    bomb(`его файлы распаковываются больше чем в ${bytes(p.max)}, а больше мы не принимаем`),
  'mesh.zip.bomb-ratio': (p) =>
    bomb(`«${p.name}» при распаковке вырастает больше чем в ${n(p.ratio)} ${plural('ru', p.ratio, TIMES)}`),
};

/** The parsers' messages as catalogue entries: English from @facet/mesh, Russian from here. */
export const MESH_MESSAGE_ENTRIES = Object.fromEntries(
  (Object.keys(MESH_MESSAGES_EN) as MeshMessageKey[]).map((key) => [
    key,
    { en: MESH_MESSAGES_EN[key], ru: MESH_MESSAGES_RU[key], example: MESH_MESSAGE_EXAMPLES[key] },
  ]),
) as unknown as { [K in MeshMessageKey]: Entry<SaidMeshParams<K>> };
