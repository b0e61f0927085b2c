import { MESH_MESSAGES_EN, type MeshMessage, type MeshMessageKey } from '@facet/mesh/mesh-messages';
import type { parseModel } from '@facet/mesh/parse';
import { makeHostileCorpus } from '@facet/mesh/testing/hostile-corpus';
import { refusalOf } from '@facet/mesh/testing/refusal-of';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES, domainMessage, renderDomainMessage } from './domain-messages';

const NBSP = '\u00a0';
const meshKeys = Object.keys(MESH_MESSAGES_EN) as MeshMessageKey[];
const ru = (message: MeshMessage) => renderDomainMessage(message, 'ru');

/** Words of the English refusals that a Russian one never carries (quoted file keywords aside). */
const ENGLISH_WORDS =
  /\b(the|file|is|has|we|accept|damaged|triangles?|vertices|refers|expected|found|archive|model|cannot|please)\b/i;

function withoutQuotes(text: string): string {
  return text.replace(/«[^»]*»/g, '').replace(/"[^"]*"/g, '');
}

describe('the parsers’ refusals in the catalogue', () => {
  it('holds every refusal the parsers can make', () => {
    for (const key of meshKeys) expect(DOMAIN_MESSAGES, key).toHaveProperty([key]);
  });

  it('says in Russian what a shopper’s bad file is, and never in English', () => {
    const files: Array<[string, Uint8Array, Parameters<typeof parseModel>[1]?]> = [
      ['not a model', new TextEncoder().encode('hello, this is a letter\nnot a model\n')],
      ['empty', new Uint8Array()],
      ['too big', new Uint8Array(600), { limits: { maxInputBytes: 100 } }],
      ['cut-off STL', new TextEncoder().encode('solid x\nfacet normal 0 0 1\n outer loop\n vertex 0 0 0\n')],
      ['OBJ without faces', new TextEncoder().encode('v 0 0 0\nv 1 0 0\n')],
      ['OBJ with a bad corner', new TextEncoder().encode('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 9\n')],
      ...makeHostileCorpus().map((hostile): [string, Uint8Array, Parameters<typeof parseModel>[1]] => [
        hostile.name,
        hostile.bytes,
        { limits: hostile.limits },
      ]),
    ];
    for (const [name, bytes, options] of files) {
      const error = refusalOf(bytes, options);
      const russian = ru(error.localized);
      expect(russian, name).toMatch(/[а-яё]{3,}/i);
      expect(russian, name).not.toContain(error.message);
      expect(withoutQuotes(russian), `${name}: ${russian}`).not.toMatch(ENGLISH_WORDS);
      expect(renderDomainMessage(error.localized, 'en'), name).toBe(error.message);
    }
  });

  it('writes counts and sizes as Russian does', () => {
    expect(ru({ key: 'mesh.stl.too-many-triangles', params: { triangles: 6_000_000, max: 5_000_000 } })).toBe(
      `В STL 6${NBSP}000${NBSP}000 треугольников, а мы принимаем не больше 5${NBSP}000${NBSP}000. Упростите сетку перед загрузкой.`,
    );
    expect(ru({ key: 'mesh.file-too-large', params: { bytes: 734_003_200, maxBytes: 536_870_912 } })).toBe(
      'Файл весит 700 МиБ, а мы принимаем файлы до 512 МиБ.',
    );
    expect(ru({ key: 'mesh.stl.header-missing', params: { bytes: 1_536 } })).toContain('всего 1,5 КиБ');
    expect(ru({ key: 'mesh.stl.header-missing', params: { bytes: 42 } })).toContain('всего 42 байта');
    expect(ru({ key: 'mesh.stl.header-missing', params: { bytes: 40 } })).toContain('всего 40 байт');
    expect(
      renderDomainMessage(
        domainMessage('mesh.file-too-large', { bytes: 734_003_200, maxBytes: 536_870_912 }),
        'en',
      ),
    ).toBe('The file is 700 MiB; we accept files up to 512 MiB.');
  });

  it('counts files, triangles and vertices with the Russian forms for 1, 3, 5 and 21', () => {
    const files = (count: number) => ru({ key: 'mesh.zip.too-many-entries', params: { count, max: 1_000 } });
    expect([1, 3, 5, 21].map((count) => files(count).split(';')[0])).toEqual([
      'В архиве 3MF 1 файл',
      'В архиве 3MF 3 файла',
      'В архиве 3MF 5 файлов',
      'В архиве 3MF 21 файл',
    ]);
    const triangles = (declared: number) =>
      ru({ key: 'mesh.stl.count-absurd', params: { declared, room: 0 } }).split(',')[0];
    expect([1, 2, 11, 101].map(triangles)).toEqual([
      'В STL заявлено 1 треугольник',
      'В STL заявлено 2 треугольника',
      'В STL заявлено 11 треугольников',
      'В STL заявлено 101 треугольник',
    ]);
    expect(ru({ key: 'mesh.obj.vertices-no-faces', params: { vertices: 2 } })).toMatch(
      /^В файле OBJ 2 вершины,/,
    );
    expect(ru({ key: 'mesh.obj.vertices-no-faces', params: { vertices: 25 } })).toMatch(
      /^В файле OBJ 25 вершин,/,
    );
  });

  it('says what the XML parser found wrong in a 3MF in Russian, and in English', () => {
    const malformed = makeHostileCorpus().find((hostile) => hostile.name === '3MF with malformed XML');
    const error = refusalOf(malformed?.bytes ?? new Uint8Array());
    expect(error.localized).toMatchObject({
      key: 'mesh.xml.malformed',
      params: { problem: { key: 'mesh.xml.problem.stray-closing-tag', params: {} } },
    });
    const line = (error.localized.params as { line: number }).line;
    expect(ru(error.localized)).toBe(
      `Файл 3MF повреждён: «3D/3dmodel.model» — некорректный XML около строки ${line} (закрывающий тег не соответствует открытому элементу).`,
    );
    expect(renderDomainMessage(error.localized, 'en')).toBe(
      `The 3MF file is damaged: "3D/3dmodel.model" is not well-formed XML near line ${line} (a closing tag does not match the open element).`,
    );
    const unclosed = { key: 'mesh.xml.problem.unclosed-tag', params: { tag: 'vertices' } } as const;
    expect(ru({ key: 'mesh.xml.malformed', params: { part: 'a.model', line: 2, problem: unclosed } })).toBe(
      'Файл 3MF повреждён: «a.model» — некорректный XML около строки 2 (элемент «vertices» не закрыт).',
    );
  });

  it('still says a refusal stored before the XML’s complaints had keys', () => {
    const stored = {
      key: 'mesh.xml.not-well-formed',
      params: { part: '3D/3dmodel.model', line: 12, problem: 'unclosed tag: vertex' },
    } as const;
    expect(ru(stored)).toBe('Файл 3MF повреждён: «3D/3dmodel.model» — некорректный XML около строки 12.');
    expect(renderDomainMessage(stored, 'en')).toContain('(unclosed tag: vertex)');
  });

  it('names the place in the file in Russian inside the refusal', () => {
    const error = refusalOf(
      new TextEncoder().encode(
        'solid x\nfacet normal 0 0 1\n outer loop\n vertex 0 0 0\n vertex 1 0 0\n endloop\n',
      ),
    );
    expect(ru(error.localized)).toBe('Файл STL повреждён: грань 1: меньше трёх вершин (строка 6).');
    expect(error.message).toBe('The STL file is damaged: facet 1 has fewer than three vertices (line 6).');
  });
});
