import { describe, expect, it } from 'vitest';
import { analyseMesh } from '../analyse';
import { makeBox } from '../generate';
import { resolveLimits } from '../limits';
import { writeAsciiStl, writeBinaryStl } from '../write';
import { parseStl } from './parse-stl';

const text = (value: string) => new TextEncoder().encode(value);
const limits = resolveLimits();
const cube = makeBox(10, 10, 10);

describe('parseStl (binary)', () => {
  it('welds the 36 corners of a cube into 8 vertices', () => {
    const mesh = parseStl(writeBinaryStl(cube), limits);
    expect(mesh.positions.length / 3).toBe(8);
    expect(mesh.indices.length).toBe(36);
  });

  it('welds -0 and 0 together', () => {
    const stl = writeBinaryStl(cube);
    const view = new DataView(stl.buffer);
    for (let triangle = 0; triangle < 12; triangle++) {
      for (let at = 84 + triangle * 50 + 12; at < 84 + triangle * 50 + 48; at += 4) {
        if (view.getFloat32(at, true) === 0 && triangle % 2 === 0) view.setFloat32(at, -0, true);
      }
    }
    expect(parseStl(stl, limits).positions.length / 3).toBe(8);
  });

  it('refuses a file longer than its declared triangles', () => {
    const stl = writeBinaryStl(cube);
    const longer = new Uint8Array(stl.length + 7);
    longer.set(stl);
    expect(() => parseStl(longer, limits)).toThrowError(expect.objectContaining({ code: 'MALFORMED' }));
  });

  it('refuses more triangles than the limit with TOO_LARGE', () => {
    expect(() => parseStl(writeBinaryStl(cube), resolveLimits({ maxTriangles: 10 }))).toThrowError(
      expect.objectContaining({ code: 'TOO_LARGE' }),
    );
  });

  it('calls an STL with no triangles empty', () => {
    expect(() =>
      parseStl(writeBinaryStl({ positions: new Float32Array(), indices: new Uint32Array() }), limits),
    ).toThrowError(expect.objectContaining({ code: 'EMPTY_MESH' }));
  });
});

describe('parseStl (ASCII)', () => {
  it('reads upper case, CRLF line ends and several solids', () => {
    const one = writeAsciiStl(makeBox(10, 10, 10), 'a');
    const two = writeAsciiStl(makeBox(1, 1, 1), 'b').replace(
      /vertex (\S+)/g,
      (_, x) => `vertex ${Number(x) + 20}`,
    );
    const mesh = parseStl(text(`${one}${two}`.toUpperCase().replace(/\n/g, '\r\n')), limits);
    const analysis = analyseMesh(mesh);
    expect(analysis.shells).toBe(2);
    expect(analysis.volumeMm3).toBeCloseTo(1001, 6);
  });

  it('splits a four-corner loop into two triangles', () => {
    const quad = `solid q
facet normal 0 0 1
outer loop
vertex 0 0 0
vertex 1 0 0
vertex 1 1 0
vertex 0 1 0
endloop
endfacet
endsolid q`;
    expect(parseStl(text(quad), limits).indices.length).toBe(6);
  });

  it('ignores normals written as nan', () => {
    const stl = writeAsciiStl(cube).replace(/facet normal \S+ \S+ \S+/g, 'facet normal nan nan nan');
    expect(analyseMesh(parseStl(text(stl), limits)).volumeMm3).toBeCloseTo(1000, 6);
  });

  it('accepts exponents and signs', () => {
    const stl = writeAsciiStl(cube)
      .replaceAll('vertex 10 ', 'vertex 1.0E+01 ')
      .replaceAll(' 0 ', ' -0.000e0 ');
    expect(analyseMesh(parseStl(text(stl), limits)).volumeMm3).toBeCloseTo(1000, 6);
  });

  it('names the line of a facet without enough vertices', () => {
    const stl =
      'solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nendloop\nendfacet\nendsolid\n';
    expect(() => parseStl(text(stl), limits)).toThrowError(/fewer than three vertices \(line 6\)/);
  });
});
