import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse';
import { MeshError } from './errors';
import { makeBox } from './generate';
import { parseModel, sniffFormat } from './parse';
import { build3mf } from './testing/build-3mf';
import { buildObj } from './testing/build-obj';
import { writeAsciiStl, writeBinaryStl } from './write';

const text = (value: string) => new TextEncoder().encode(value);
const cube = makeBox(10, 10, 10);

const cubeFiles = {
  'binary STL': writeBinaryStl(cube),
  'ASCII STL': text(writeAsciiStl(cube)),
  OBJ: text(buildObj(cube)),
  '3MF': build3mf({ objects: [{ id: 1, mesh: cube }], items: [{ objectId: 1 }] }),
};

describe('sniffFormat', () => {
  it('tells each format from its content', () => {
    expect(sniffFormat(cubeFiles['binary STL'])).toBe('stl');
    expect(sniffFormat(cubeFiles['ASCII STL'])).toBe('stl');
    expect(sniffFormat(cubeFiles.OBJ)).toBe('obj');
    expect(sniffFormat(cubeFiles['3MF'])).toBe('3mf');
  });

  it('takes a binary STL whose header starts with "solid" for binary, by its size', () => {
    const stl = writeBinaryStl(cube, 'solid cube exported by a CAD program, facet facet');
    expect(sniffFormat(stl)).toBe('stl');
    expect(analyseMesh(parseModel(stl)).volumeMm3).toBeCloseTo(1000, 6);
  });

  it('refuses text that is no model', () => {
    expect(() => sniffFormat(text('hello, this is a letter\nnot a model\n'))).toThrowError(
      expect.objectContaining({ code: 'UNKNOWN_FORMAT' }),
    );
  });

  it('refuses an empty file', () => {
    expect(() => sniffFormat(new Uint8Array())).toThrowError(MeshError);
  });
});

describe('parseModel', () => {
  for (const [format, bytes] of Object.entries(cubeFiles)) {
    it(`reads a 10 mm cube from ${format} with the same analysis`, () => {
      const analysis = analyseMesh(parseModel(bytes));
      expect(analysis).toMatchObject({
        triangleCount: 12,
        vertexCount: 8,
        shells: 1,
        watertight: true,
        boundaryEdges: 0,
        nonManifoldEdges: 0,
        degenerateFaces: 0,
        boundingBoxMm: { min: [0, 0, 0], max: [10, 10, 10], size: [10, 10, 10] },
      });
      expect(analysis.volumeMm3).toBeCloseTo(1000, 6);
      expect(analysis.surfaceAreaMm2).toBeCloseTo(600, 6);
    });
  }

  it('converts a unitless format with the given unit', () => {
    const analysis = analyseMesh(parseModel(cubeFiles.OBJ, { unit: 'centimeter' }));
    expect(analysis.boundingBoxMm.size).toEqual([100, 100, 100]);
    expect(analysis.volumeMm3).toBeCloseTo(1_000_000, 3);
  });

  it('uses the format it is told instead of sniffing', () => {
    expect(() => parseModel(cubeFiles.OBJ, { format: '3mf' })).toThrowError(
      expect.objectContaining({ code: 'TRUNCATED' }),
    );
  });

  it('refuses a file above the size limit before reading it', () => {
    expect(() => parseModel(cubeFiles['binary STL'], { limits: { maxInputBytes: 100 } })).toThrowError(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
  });

  it('refuses coordinates that overflow once converted to millimetres', () => {
    const huge = text('v 3e38 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\n');
    expect(() => parseModel(huge, { unit: 'meter' })).toThrowError(
      expect.objectContaining({ code: 'NON_FINITE' }),
    );
  });
});
