import { makeBox, makeUvSphere } from '../../generate';
import { writeAsciiStl, writeBinaryStl } from '../../write';
import { type HostileCase, encodeText as text } from './hostile-case';

export function stlCases(): HostileCase[] {
  const sphere = writeBinaryStl(makeUvSphere(200));
  const box = writeBinaryStl(makeBox(10, 10, 10));
  const ascii = writeAsciiStl(makeUvSphere(200));
  const fifthFacet = findNthIndex(ascii, 'facet normal', 5);
  const cutMidFacet = ascii.indexOf('vertex', ascii.indexOf('vertex', fifthFacet) + 1) + 30;
  return [
    { name: 'empty file', fileName: 'empty.stl', bytes: new Uint8Array(0), expectedCode: 'EMPTY_FILE' },
    {
      name: 'random garbage',
      fileName: 'garbage.stl',
      bytes: makePseudoRandomBytes(4096, 7),
      expectedCode: 'UNKNOWN_FORMAT',
    },
    {
      name: 'truncated binary STL',
      fileName: 'truncated.stl',
      bytes: sphere.slice(0, Math.floor(sphere.length * 0.7)),
      expectedCode: 'TRUNCATED',
    },
    {
      name: 'binary STL declaring 5,000,000 triangles in 12 triangles of room',
      fileName: 'absurd-count.stl',
      bytes: setDeclaredCount(box, 5_000_000),
      expectedCode: 'ABSURD_COUNT',
    },
    {
      name: 'binary STL declaring 4,294,967,295 triangles',
      fileName: 'absurd-count-max.stl',
      bytes: setDeclaredCount(box, 0xffffffff),
      expectedCode: 'ABSURD_COUNT',
    },
    {
      name: 'ASCII STL truncated mid-facet',
      fileName: 'truncated-ascii.stl',
      bytes: text(ascii.slice(0, cutMidFacet).replace(/\s+$/, '')),
      expectedCode: 'TRUNCATED',
    },
    {
      name: 'binary STL with NaN',
      fileName: 'nan.stl',
      bytes: setCoordinate(box, 3, Number.NaN),
      expectedCode: 'NON_FINITE',
    },
    {
      name: 'binary STL with Infinity',
      fileName: 'infinity.stl',
      bytes: setCoordinate(box, 7, Number.POSITIVE_INFINITY),
      expectedCode: 'NON_FINITE',
    },
    {
      name: 'ASCII STL with nan',
      fileName: 'nan-ascii.stl',
      bytes: text(writeAsciiStl(makeBox(10, 10, 10)).replace('vertex 0 0 0', 'vertex nan 0 0')),
      expectedCode: 'NON_FINITE',
    },
    {
      name: 'ASCII STL with a number too large for a float',
      fileName: 'overflow-ascii.stl',
      bytes: text(writeAsciiStl(makeBox(10, 10, 10)).replace('vertex 0 0 0', 'vertex 1e999 0 0')),
      expectedCode: 'NON_FINITE',
    },
    {
      name: 'ASCII STL with a word where a number should be',
      fileName: 'junk-ascii.stl',
      bytes: text(writeAsciiStl(makeBox(10, 10, 10)).replace('vertex 0 0 0', 'vertex zero 0 0')),
      expectedCode: 'MALFORMED',
    },
  ];
}

function setDeclaredCount(stl: Uint8Array, count: number): Uint8Array {
  const copy = stl.slice();
  new DataView(copy.buffer).setUint32(80, count, true);
  return copy;
}

/** Overwrites coordinate `n` (0-based over all corners' x, y, z) of a binary STL. */
function setCoordinate(stl: Uint8Array, n: number, value: number): Uint8Array {
  const copy = stl.slice();
  const triangle = Math.floor(n / 9);
  new DataView(copy.buffer).setFloat32(84 + triangle * 50 + 12 + (n % 9) * 4, value, true);
  return copy;
}

function makePseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

function findNthIndex(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = haystack.indexOf(needle, at + 1);
  return at;
}
