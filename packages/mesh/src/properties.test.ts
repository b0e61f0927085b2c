import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMesh } from './analyse';
import { MeshError } from './errors';
import { makeBox, makeTetrahedron } from './generate';
import { parseModel } from './parse';
import { build3mf, buildModelXml } from './testing/build-3mf';
import { buildObj } from './testing/build-obj';
import { storedEntry, writeZip } from './testing/write-zip';
import { writeAsciiStl, writeBinaryStl } from './write';

const size = fc.double({ min: 0.01, max: 1000, noNaN: true }).map(Math.fround);
const coordinate = fc.integer({ min: -2000, max: 2000 }).map((n) => n / 8);
const point = fc.tuple(coordinate, coordinate, coordinate);

type Vector3 = [number, number, number];
const sub = (p: Vector3, q: Vector3): Vector3 => [p[0] - q[0], p[1] - q[1], p[2] - q[2]];
const determinant3 = (u: Vector3, v: Vector3, w: Vector3) =>
  u[0] * (v[1] * w[2] - v[2] * w[1]) -
  u[1] * (v[0] * w[2] - v[2] * w[0]) +
  u[2] * (v[0] * w[1] - v[1] * w[0]);

describe('properties', () => {
  it('a box has volume w·h·d and area 2(wh + hd + dw)', () => {
    fc.assert(
      fc.property(size, size, size, (w, h, d) => {
        const analysis = analyseMesh(makeBox(w, h, d));
        expect(analysis.volumeMm3 / (w * h * d)).toBeCloseTo(1, 6);
        expect(analysis.surfaceAreaMm2 / (2 * (w * h + h * d + d * w))).toBeCloseTo(1, 6);
        expect(analysis.watertight).toBe(true);
      }),
    );
  });

  it('a tetrahedron has volume |det(b − a, c − a, d − a)| / 6', () => {
    fc.assert(
      fc.property(point, point, point, point, (a, b, c, d) => {
        const expected = Math.abs(determinant3(sub(b, a), sub(c, a), sub(d, a))) / 6;
        fc.pre(expected > 1);
        const analysis = analyseMesh(makeTetrahedron(a, b, c, d));
        expect(analysis.volumeMm3 / expected).toBeCloseTo(1, 6);
        expect(analysis.watertight).toBe(true);
        expect(analysis.inconsistentEdges).toBe(0);
      }),
    );
  });

  it('binary and ASCII STL of the same mesh parse to the same analysis', () => {
    const mesh = fc
      .array(fc.tuple(point, point, point), { minLength: 1, maxLength: 30 })
      .map((triangles) => ({
        positions: Float32Array.from(triangles.flat(2)),
        indices: Uint32Array.from(triangles.flatMap((_, t) => [t * 3, t * 3 + 1, t * 3 + 2])),
      }));
    fc.assert(
      fc.property(mesh, fc.double({ min: -1e4, max: 1e4, noNaN: true }), (source, offset) => {
        const shifted = { positions: source.positions.map((v) => v + offset), indices: source.indices };
        const fromBinary = analyseMesh(parseModel(writeBinaryStl(shifted)));
        const fromAscii = analyseMesh(parseModel(new TextEncoder().encode(writeAsciiStl(shifted))));
        expect(fromAscii).toEqual(fromBinary);
      }),
    );
  });

  it('arbitrary bytes are read or refused with a MeshError, nothing else', () => {
    const prefixes = ['', 'solid x\nfacet normal', 'v 1 2 3\nf ', 'PK\u0003\u0004'].map((p) =>
      new TextEncoder().encode(p),
    );
    const bytes = fc
      .tuple(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 600 }))
      .map(([prefix, rest]) => Uint8Array.from([...prefix, ...rest]));
    fc.assert(
      fc.property(bytes, (input) => {
        try {
          parseModel(input);
        } catch (error) {
          if (!(error instanceof MeshError)) throw error;
          expect(error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 500 },
    );
  });

  const validFiles = {
    'binary STL': writeBinaryStl(makeBox(10, 10, 10)),
    'ASCII STL': new TextEncoder().encode(writeAsciiStl(makeTetrahedron())),
    OBJ: new TextEncoder().encode(buildObj(makeBox(10, 10, 10))),
    '3MF': build3mf({ objects: [{ id: 1, mesh: makeTetrahedron() }], items: [{ objectId: 1 }] }),
    'stored 3MF': writeZip([
      storedEntry(
        '3D/3dmodel.model',
        buildModelXml({ objects: [{ id: 1, mesh: makeTetrahedron() }], items: [{ objectId: 1 }] }),
      ),
    ]),
  };
  for (const [format, file] of Object.entries(validFiles)) {
    it(`a ${format} with random bytes changed is read or refused with a MeshError`, () => {
      const edits = fc.array(fc.tuple(fc.nat(file.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 });
      fc.assert(
        fc.property(edits, fc.nat(file.length), (changes, cut) => {
          const copy = file.slice(0, Math.max(cut, file.length - 64));
          for (const [at, value] of changes) if (at < copy.length) copy[at] = value;
          try {
            parseModel(copy);
          } catch (error) {
            if (!(error instanceof MeshError)) throw error;
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
