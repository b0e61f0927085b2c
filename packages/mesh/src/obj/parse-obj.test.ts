import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { makeBox } from '../generate';
import { weldIndexedMesh } from '../geometry/weld';
import { resolveLimits } from '../limits';
import { buildObj } from '../testing/build-obj';
import { parseObj } from './parse-obj';

const text = (value: string) => new TextEncoder().encode(value);
const limits = resolveLimits();
const parse = (source: string) => parseObj(text(source), limits);

/** A 10 mm cube written with quads, corner formats of every kind, and two groups. */
const QUAD_CUBE = `# cube
mtllib cube.mtl
o cube
v 0 0 0 1.0
v 10 0 0 1.0
v 10 10 0
v 0 10 0
v 0 0 10 0.8 0.2 0.1
v 10 0 10
v 10 10 10
v 0 10 10
vt 0 0
vt 1 0
vt 1 1
vn 0 0 -1
usemtl gold
s 1
g bottom_and_top
f 1/1/1 4/2/1 3/3/1 2/1/1
f 5//1 6//1 7//1 8//1
g sides
f 1/1 2/2 6/3 5/1
f 2 3 7 6
f 3 4 8 7
f 4 1 5 8
`;

describe('parseObj', () => {
  it('splits quads into fans and ignores texture, normal and material lines', () => {
    const mesh = parse(QUAD_CUBE);
    expect(mesh.indices.length).toBe(36);
    const analysis = analyseMesh(mesh);
    expect(analysis.watertight).toBe(true);
    expect(analysis.volumeMm3).toBeCloseTo(1000, 6);
  });

  it('reads negative (relative) indices', () => {
    const cube = makeBox(10, 10, 10);
    const analysis = analyseMesh(parse(buildObj(cube, { negativeIndices: true })));
    expect(analysis.volumeMm3).toBeCloseTo(1000, 6);
    expect(analysis.watertight).toBe(true);
  });

  it('resolves relative indices against the vertices defined so far', () => {
    const source = 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf -3 -2 -1\nv 0 0 1\nf -4 -2 -1\n';
    expect(Array.from(parse(source).indices)).toEqual([0, 1, 2, 0, 2, 3]);
  });

  it('joins several objects into one mesh', () => {
    const source = `o a\n${buildObj(makeBox(1, 1, 1))}o b\nv 5 5 5\nv 6 5 5\nv 5 6 5\nf -3 -2 -1\n`;
    const analysis = analyseMesh(weldIndexedMesh(parse(source)));
    expect(analysis.triangleCount).toBe(13);
    expect(analysis.shells).toBe(2);
  });

  it('refuses a face with fewer than three corners, naming the line', () => {
    expect(() => parse('v 0 0 0\nv 1 0 0\nf 1 2\n')).toThrowError(/line 3/);
  });

  it('refuses a vertex with two coordinates', () => {
    expect(() => parse('v 0 0\n')).toThrowError(expect.objectContaining({ code: 'MALFORMED' }));
  });

  it('refuses index 0', () => {
    expect(() => parse('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 0 1 2\n')).toThrowError(
      expect.objectContaining({ code: 'BAD_INDEX' }),
    );
  });

  it('refuses one polygon with more corners than the triangle limit, before splitting it', () => {
    const corners = Array.from({ length: 40 }, (_, i) => i + 1).join(' ');
    const source = `${'v 0 0 0\n'.repeat(40)}f ${corners}\n`;
    expect(() => parseObj(text(source), resolveLimits({ maxTriangles: 10 }))).toThrowError(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
  });

  it('stops at the triangle limit', () => {
    expect(() => parseObj(text(QUAD_CUBE), resolveLimits({ maxTriangles: 5 }))).toThrowError(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
  });
});
