import { type HostileCase, encodeText as text } from './hostile-case';

export function objCases(): HostileCase[] {
  return [
    {
      name: 'OBJ with a vertex index out of range',
      fileName: 'bad-index.obj',
      bytes: text('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n'),
      expectedCode: 'BAD_INDEX',
    },
    {
      name: 'OBJ with a relative index before the first vertex',
      fileName: 'bad-relative-index.obj',
      bytes: text('v 0 0 0\nv 1 0 0\nv 0 1 0\nf -1 -2 -4\n'),
      expectedCode: 'BAD_INDEX',
    },
    {
      name: 'OBJ with no faces',
      fileName: 'no-faces.obj',
      bytes: text('# points only\nv 0 0 0\nv 1 0 0\nv 0 1 0\n'),
      expectedCode: 'EMPTY_MESH',
    },
    {
      name: 'OBJ with NaN',
      fileName: 'nan.obj',
      bytes: text('v 0 0 0\nv NaN 0 0\nv 0 1 0\nf 1 2 3\n'),
      expectedCode: 'NON_FINITE',
    },
  ];
}
