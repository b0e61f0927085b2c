import { makeBox, makeUvSphere } from '../../generate';
import { build3mf, buildModelXml, buildRelationshipsXml, CONTENT_TYPES_XML } from '../build-3mf';
import { makeDeflateBomb } from '../make-zip-bomb';
import { deflatedEntry, writeZip } from '../write-zip';
import type { HostileCase } from './hostile-case';

export function threeMfCases(): HostileCase[] {
  const cube = buildModelXml({ objects: [{ id: 1, mesh: makeBox(10, 10, 10) }], items: [{ objectId: 1 }] });
  const packageParts = [
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES_XML),
    deflatedEntry('_rels/.rels', buildRelationshipsXml()),
  ];
  const bomb = makeDeflateBomb(1024);
  const valid = build3mf({ objects: [{ id: 1, mesh: makeUvSphere(2000) }], items: [{ objectId: 1 }] });
  return [
    {
      name: '3MF zip bomb (1 GiB of zeros, declared honestly)',
      fileName: 'bomb.3mf',
      bytes: writeZip([
        ...packageParts,
        { name: '3D/3dmodel.model', data: bomb, method: 8, crc32: 0, uncompressedSize: 1024 * 1024 * 1024 },
      ]),
      expectedCode: 'ZIP_BOMB',
    },
    {
      name: '3MF zip bomb whose header claims 2 KiB',
      fileName: 'bomb-lying-header.3mf',
      bytes: writeZip([
        ...packageParts,
        { name: '3D/3dmodel.model', data: bomb, method: 8, crc32: 0, uncompressedSize: 2048 },
      ]),
      expectedCode: 'ZIP_BOMB',
    },
    {
      name: '3MF with 100 entries',
      fileName: 'too-many-entries.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry('3D/3dmodel.model', cube),
        ...Array.from({ length: 97 }, (_, i) => deflatedEntry(`Metadata/note-${i}.txt`, 'x')),
      ]),
      expectedCode: 'ZIP_TOO_MANY_ENTRIES',
    },
    {
      name: '3MF with a zip-slip path',
      fileName: 'zip-slip.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry('3D/3dmodel.model', cube),
        deflatedEntry('../../etc/cron.d/evil', 'x'),
      ]),
      expectedCode: 'ZIP_UNSAFE_PATH',
    },
    {
      name: '3MF with an absolute path',
      fileName: 'absolute-path.3mf',
      bytes: writeZip([...packageParts, deflatedEntry('/3D/3dmodel.model', cube)]),
      expectedCode: 'ZIP_UNSAFE_PATH',
    },
    {
      name: '3MF with a symlink entry',
      fileName: 'symlink.3mf',
      bytes: writeZip([
        ...packageParts,
        { ...deflatedEntry('3D/3dmodel.model', '/etc/passwd'), unixMode: 0o120777 },
      ]),
      expectedCode: 'ZIP_SYMLINK',
    },
    {
      name: '3MF with a DOCTYPE and entities (billion laughs)',
      fileName: 'billion-laughs.3mf',
      bytes: writeZip([...packageParts, deflatedEntry('3D/3dmodel.model', makeBillionLaughsXml())]),
      expectedCode: 'XML_ENTITY',
    },
    {
      name: '3MF without a model file',
      fileName: 'missing-model.3mf',
      bytes: writeZip([...packageParts, deflatedEntry('Metadata/thumbnail.png', 'not a model')]),
      expectedCode: 'MISSING_MODEL',
    },
    {
      name: '3MF with malformed XML',
      fileName: 'malformed-xml.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry('3D/3dmodel.model', cube.replace('</resources>', '</resource>')),
      ]),
      expectedCode: 'MALFORMED',
    },
    {
      name: '3MF with elements nested 100,000 deep',
      fileName: 'deep-nesting.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry('3D/3dmodel.model', `<model>${'<a>'.repeat(100_000)}`),
      ]),
      expectedCode: 'MALFORMED',
    },
    {
      name: '3MF cut off mid-way',
      fileName: 'truncated.3mf',
      bytes: valid.slice(0, Math.floor(valid.length / 2)),
      expectedCode: 'TRUNCATED',
    },
    {
      name: '3MF with a triangle index out of range',
      fileName: 'bad-index.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry('3D/3dmodel.model', cube.replace('v3="1"', 'v3="99"')),
      ]),
      expectedCode: 'BAD_INDEX',
    },
    {
      name: '3MF whose component contains itself',
      fileName: 'component-cycle.3mf',
      bytes: build3mf({ objects: [{ id: 1, components: [{ objectId: 1 }] }], items: [{ objectId: 1 }] }),
      expectedCode: 'MALFORMED',
    },
    {
      name: '3MF with 200,000 empty objects',
      fileName: 'many-objects.3mf',
      bytes: writeZip([
        ...packageParts,
        deflatedEntry(
          '3D/3dmodel.model',
          `<model><resources>${Array.from({ length: 200_000 }, (_, i) => `<object id="${i + 1}"/>`).join('')}</resources></model>`,
        ),
      ]),
      expectedCode: 'TOO_LARGE',
    },
    {
      name: '3MF whose components multiply to a billion triangles',
      fileName: 'component-explosion.3mf',
      bytes: build3mf({
        objects: [
          { id: 1, mesh: makeBox(1, 1, 1) },
          { id: 2, components: Array.from({ length: 1000 }, () => ({ objectId: 1 })) },
          { id: 3, components: Array.from({ length: 1000 }, () => ({ objectId: 2 })) },
          { id: 4, components: Array.from({ length: 1000 }, () => ({ objectId: 3 })) },
        ],
        items: [{ objectId: 4 }],
      }),
      expectedCode: 'TOO_LARGE',
    },
  ];
}

function makeBillionLaughsXml(): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE model [\n${entities.join('\n')}\n]>\n<model unit="millimeter"><metadata name="x">&lol9;</metadata></model>`;
}
