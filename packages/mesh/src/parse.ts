import { MeshError } from './errors';
import { assertFinitePositions, scalePositions } from './geometry/check-positions';
import { weldIndexedMesh } from './geometry/weld';
import { type ParseLimits, resolveLimits } from './limits';
import type { IndexedMesh, ModelFormat } from './mesh';
import { parseObj } from './obj/parse-obj';
import { sniffFormat } from './sniff-format';
import { parseStl } from './stl/parse-stl';
import { parse3mf } from './threemf/parse-3mf';
import { type LengthUnit, MM_PER_UNIT } from './units';

export { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits';
export type { LengthUnit } from './units';
export { sniffFormat };

export interface ParseOptions {
  /** Skips sniffing when the caller already knows the format. */
  format?: ModelFormat;
  /** Unit of STL and OBJ files, which do not say (default millimetre). 3MF declares its own. */
  unit?: LengthUnit;
  limits?: Partial<ParseLimits>;
}

/**
 * Reads an STL, OBJ or 3MF model into one indexed triangle mesh in millimetres, with vertices at
 * identical positions welded (so edges can be matched for the watertightness check). Anything
 * wrong with the file is reported as a MeshError; time and memory stay bounded by the limits.
 */
export function parseModel(bytes: Uint8Array, options: ParseOptions = {}): IndexedMesh {
  const limits = resolveLimits(options.limits);
  if (bytes.length > limits.maxInputBytes) {
    throw new MeshError('TOO_LARGE', {
      key: 'mesh.file-too-large',
      params: { bytes: bytes.length, maxBytes: limits.maxInputBytes },
    });
  }
  const format = options.format ?? sniffFormat(bytes);
  const mesh = readFormat(format, bytes, limits);
  if (format !== '3mf') scalePositions(mesh.positions, MM_PER_UNIT[options.unit ?? 'millimeter']);
  assertFinitePositions(mesh.positions);
  if (mesh.indices.length === 0) throw new MeshError('EMPTY_MESH', { key: 'mesh.no-triangles', params: {} });
  return mesh;
}

function readFormat(format: ModelFormat, bytes: Uint8Array, limits: ParseLimits): IndexedMesh {
  switch (format) {
    case 'stl':
      return parseStl(bytes, limits);
    case 'obj': {
      const mesh = parseObj(bytes, limits);
      return weldIndexedMesh(mesh);
    }
    case '3mf':
      return parse3mf(bytes, limits);
  }
}
