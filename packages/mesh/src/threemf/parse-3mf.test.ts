import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import type { MeshError } from '../errors';
import { makeBox } from '../generate';
import { resolveLimits } from '../limits';
import type { IndexedMesh } from '../mesh';
import { build3mf, buildModelXml, buildRelationshipsXml, CONTENT_TYPES_XML } from '../testing/build-3mf';
import { deflatedEntry, writeZip } from '../testing/write-zip';
import { parse3mf } from './parse-3mf';

const limits = resolveLimits();
const translate = (x: number, y: number, z: number) => [1, 0, 0, 0, 1, 0, 0, 0, 1, x, y, z];
const scale = (s: number) => [s, 0, 0, 0, s, 0, 0, 0, s, 0, 0, 0];
const INCH = 25.4;

function signedVolume(mesh: IndexedMesh): number {
  const p = mesh.positions;
  let sum = 0;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const [a, b, c] = [mesh.indices[t]! * 3, mesh.indices[t + 1]! * 3, mesh.indices[t + 2]! * 3];
    sum +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return sum / 6;
}

const cubeXml = () =>
  buildModelXml({ objects: [{ id: 1, mesh: makeBox(10, 10, 10) }], items: [{ objectId: 1 }] });

function packageOf(parts: Record<string, string>): Uint8Array {
  return writeZip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES_XML),
    ...Object.entries(parts).map(([name, xml]) => deflatedEntry(name, xml)),
  ]);
}

describe('parse3mf', () => {
  it('places components and build items with their transforms, in inches', () => {
    const mesh = parse3mf(
      build3mf({
        unit: 'inch',
        objects: [
          { id: 1, mesh: makeBox(1, 1, 1) },
          {
            id: 2,
            components: [
              { objectId: 1, transform: translate(3, 0, 0) },
              { objectId: 1, transform: scale(2) },
            ],
          },
        ],
        items: [{ objectId: 2, transform: translate(0, 0, 1) }],
      }),
      limits,
    );
    const analysis = analyseMesh(mesh);
    expect(analysis.shells).toBe(2);
    expect(analysis.watertight).toBe(true);
    expect(analysis.volumeMm3).toBeCloseTo(9 * INCH ** 3, 1);
    expect(analysis.boundingBoxMm.min.map((v) => v / INCH)).toEqual(
      [0, 0, 1].map((v) => expect.closeTo(v, 5)),
    );
    expect(analysis.boundingBoxMm.max.map((v) => v / INCH)).toEqual(
      [4, 2, 3].map((v) => expect.closeTo(v, 5)),
    );
  });

  it('applies transforms to row vectors (x′ = x·m00 + y·m10 + z·m20 + m30)', () => {
    const rotateZ90 = [0, 1, 0, -1, 0, 0, 0, 0, 1, 0, 0, 0];
    const mesh = parse3mf(
      build3mf({
        objects: [{ id: 1, mesh: makeBox(10, 20, 30) }],
        items: [{ objectId: 1, transform: rotateZ90 }],
      }),
      limits,
    );
    const box = analyseMesh(mesh).boundingBoxMm;
    expect(box.min).toEqual([-20, 0, 0]);
    expect(box.max).toEqual([0, 10, 30]);
  });

  it('keeps faces wound outwards under a mirroring transform', () => {
    const mirrorX = [-1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];
    const mesh = parse3mf(
      build3mf({
        objects: [{ id: 1, mesh: makeBox(10, 10, 10) }],
        items: [{ objectId: 1, transform: mirrorX }],
      }),
      limits,
    );
    expect(signedVolume(mesh)).toBeCloseTo(1000, 6);
  });

  it('reads objects from other parts referenced with p:path (Production extension)', () => {
    const part = buildModelXml({
      unit: 'centimeter',
      objects: [{ id: 1, mesh: makeBox(1, 1, 1) }],
      items: [],
    });
    const bytes = build3mf(
      {
        objects: [
          {
            id: 5,
            components: [{ objectId: 1, path: '/3D/Objects/part%201.model', transform: translate(5, 0, 0) }],
          },
        ],
        items: [{ objectId: 5 }],
      },
      { '3D/Objects/part 1.model': part },
    );
    const analysis = analyseMesh(parse3mf(bytes, limits));
    expect(analysis.volumeMm3).toBeCloseTo(1000, 6);
    expect(analysis.boundingBoxMm.min[0]).toBeCloseTo(5, 6);
  });

  it('finds the model through the start-part relationship in _rels/.rels', () => {
    const elsewhere = packageOf({
      '_rels/.rels': buildRelationshipsXml('/3D/elsewhere.model'),
      '3D/elsewhere.model': cubeXml(),
    });
    expect(analyseMesh(parse3mf(elsewhere, limits)).volumeMm3).toBeCloseTo(1000, 6);
  });

  describe('refuses a package that breaks the packaging rules, naming the rule', () => {
    const refusal = (bytes: Uint8Array) => {
      try {
        parse3mf(bytes, limits);
      } catch (error) {
        return error as MeshError;
      }
      throw new Error('the package was accepted');
    };

    it('no _rels/.rels: nothing names the model part', () => {
      const error = refusal(writeZip([deflatedEntry('3D/3dmodel.model', cubeXml())]));
      expect(error).toMatchObject({
        code: 'PACKAGE_RULE',
        message: expect.stringContaining('no "_rels/.rels"'),
      });
    });

    it('no 3D model relationship', () => {
      const rels = buildRelationshipsXml().replace('/3dmodel"', '/thumbnail"');
      const error = refusal(packageOf({ '_rels/.rels': rels, '3D/3dmodel.model': cubeXml() }));
      expect(error).toMatchObject({
        code: 'PACKAGE_RULE',
        message: expect.stringContaining('names no 3D model part'),
      });
    });

    it('two 3D model parts as start parts', () => {
      const rels = buildRelationshipsXml().replace(
        '</Relationships>',
        '  <Relationship Target="/3D/second.model" Id="rel1" Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/>\n</Relationships>',
      );
      const error = refusal(
        packageOf({ '_rels/.rels': rels, '3D/3dmodel.model': cubeXml(), '3D/second.model': cubeXml() }),
      );
      expect(error).toMatchObject({
        code: 'PACKAGE_RULE',
        message: expect.stringContaining('names 2 3D model parts'),
      });
    });

    it('a start part outside the package', () => {
      for (const target of [
        'http://example.com/3dmodel.model',
        '/../3dmodel.model',
        '//server/3dmodel.model',
      ]) {
        const error = refusal(
          packageOf({ '_rels/.rels': buildRelationshipsXml(target), '3D/3dmodel.model': cubeXml() }),
        );
        expect(error).toMatchObject({
          code: 'PACKAGE_RULE',
          message: expect.stringContaining('outside the package'),
        });
      }
    });

    it('a start part that is not in the package', () => {
      const error = refusal(packageOf({ '_rels/.rels': buildRelationshipsXml('/3D/gone.model') }));
      expect(error).toMatchObject({
        code: 'MISSING_MODEL',
        message: expect.stringContaining('a relationship must point to a part that exists'),
      });
    });

    it('a part (p:path) outside the package', () => {
      const bytes = build3mf({
        objects: [{ id: 1, components: [{ objectId: 1, path: '/../outside.model' }] }],
        items: [{ objectId: 1 }],
      });
      expect(refusal(bytes)).toMatchObject({
        code: 'PACKAGE_RULE',
        message: expect.stringContaining('outside the package'),
      });
    });

    for (const type of ['support', 'other']) {
      it(`a build item that refers to an object of type "${type}"`, () => {
        const bytes = build3mf({
          objects: [
            { id: 1, mesh: makeBox(10, 10, 10) },
            { id: 2, mesh: makeBox(1, 1, 1), type },
          ],
          items: [{ objectId: 1 }, { objectId: 2, transform: translate(20, 0, 0) }],
        });
        expect(refusal(bytes)).toMatchObject({
          code: 'PACKAGE_RULE',
          message: expect.stringContaining('build items may refer only to objects of type "model"'),
        });
      });
    }
  });

  it('refuses a reference to an object that does not exist', () => {
    const bytes = build3mf({ objects: [{ id: 1, mesh: makeBox(1, 1, 1) }], items: [{ objectId: 7 }] });
    expect(() => parse3mf(bytes, limits)).toThrowError(/refers to object 7/);
  });

  it('refuses an unknown unit', () => {
    const xml = buildModelXml({
      objects: [{ id: 1, mesh: makeBox(1, 1, 1) }],
      items: [{ objectId: 1 }],
    }).replace('unit="millimeter"', 'unit="furlong"');
    expect(() =>
      parse3mf(packageOf({ '_rels/.rels': buildRelationshipsXml(), '3D/3dmodel.model': xml }), limits),
    ).toThrowError(/furlong/);
  });

  it('refuses a build with no items', () => {
    const bytes = build3mf({ objects: [{ id: 1, mesh: makeBox(1, 1, 1) }], items: [] });
    expect(() => parse3mf(bytes, limits)).toThrowError(expect.objectContaining({ code: 'EMPTY_MESH' }));
  });
});
